/* Host tests for the hypercall dispatcher (hypercall.c): the calls, their
 * logging, and PSCI for one CPU. */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "../../common/print.c"
#include "../hypercall.c"
#include "../stage2.c"

/* What the dispatcher prints and sends to the UART, captured. */
static char console[4096];
static size_t console_len;
static jmp_buf powered_off;

static void capture(char c)
{
	if (console_len < sizeof(console) - 1)
		console[console_len++] = c;
	console[console_len] = '\0';
}

void uart_putc(char c) { capture(c); }

int kprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(capture, fmt, ap);
	va_end(ap);
	return n;
}

void power_off(void)
{
	longjmp(powered_off, 1);
}

/* Reports are always allowed here; traps.c limits them. */
bool guest_report_allowed(void) { return true; }
unsigned long guest_reports(void) { return 7; }

void dcache_clean_line(uint64_t pa) { (void)pa; }
unsigned long vgic_delivered(void) { return 3; }

static struct vcpu vcpu;

/* The guest's CPU: MPIDR_EL1 with its RES1 bit 31, Aff1 = 1, Aff0 = 2. */
#define MPIDR   0x80000102UL
static struct stage2 s2;
static s2_table_t pool[8] __attribute__((aligned(S2_PAGE_SIZE)));
/* Guest memory for the test: two pages, the IPA 0x40000000 maps to the
 * first; the second is mapped as a device at 0x09000000. */
static char guest_pages[2][S2_PAGE_SIZE] __attribute__((aligned(S2_PAGE_SIZE)));
#define TEXT_IPA 0x40000ff0UL   /* 16 bytes before the end of the page */

/* A call as the guest makes it: `insn` is "hvc" or "smc", which the
 * trap's exception class in ESR_EL2 tells apart. */
static unsigned long call(const char *insn, unsigned long x0,
			  unsigned long x1, unsigned long x2)
{
	memset(&vcpu, 0, sizeof(vcpu));
	vcpu.s2 = &s2;
	vcpu.regs.x[0] = x0;
	vcpu.regs.x[1] = x1;
	vcpu.regs.x[2] = x2;
	vcpu.regs.x[3] = 0x3333;
	vcpu.mpidr = MPIDR;
	vcpu.regs.esr = (unsigned long)(insn[0] == 's' ? ESR_EC_SMC64 : ESR_EC_HVC64)
			<< ESR_EL2_EC_SHIFT;
	console_len = 0;
	console[0] = '\0';
	hypercall(&vcpu);
	/* only x0 is written, but for the UID, in x0-x3 */
	CHECK(vcpu.regs.x[3] == ((uint32_t)x0 == HYP_CALL_UID ? HYP_UID_W3 : 0x3333));
	return vcpu.regs.x[0];
}

int main(void)
{
	CHECK(s2_init(&s2, pool, 8, 48));
	CHECK(s2_map(&s2, 0x40000000, (uintptr_t)guest_pages[0], S2_PAGE_SIZE,
		     S2_READ | S2_WRITE) == 0);
	CHECK(s2_map(&s2, 0x09000000, (uintptr_t)guest_pages[1], S2_PAGE_SIZE,
		     S2_READ | S2_WRITE | S2_DEVICE) == 0);
	memcpy(&guest_pages[0][TEXT_IPA & (S2_PAGE_SIZE - 1)], "hello", 5);
	memcpy(guest_pages[1], "device", 6);

	/* Known calls are answered without a line: an operating system
	 * makes them as it runs. */
	CHECK(call("hvc", HYP_VERSION, 0, 0) == 0x10000);
	CHECK_STR(console, "");

	/* The text is found through stage 2, at the IPA's page. */
	CHECK(call("hvc", HYP_CONSOLE_WRITE, TEXT_IPA, 5) == 5);
	CHECK_STR(console, "hello");
	CHECK(call("hvc", HYP_CONSOLE_WRITE, TEXT_IPA, 0) == 0);
	CHECK(call("hvc", HYP_CONSOLE_WRITE, TEXT_IPA, 16) == 16);
	/* Refused before a byte is printed: too long, running off the end
	 * of guest memory, unmapped, a device, the hypervisor's own memory
	 * given by its physical address, and an address that wraps. */
	static const unsigned long refused[][2] = {
		{ TEXT_IPA, HYP_CONSOLE_WRITE_MAX + 1 },
		{ TEXT_IPA, 17 },
		{ 0x40001000, 1 },
		{ 0x09000000, 6 },
		{ 0, 1 },
		{ 0, ~0UL },
		{ ~0UL, 2 },
	};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		CHECK((long)call("hvc", HYP_CONSOLE_WRITE, refused[i][0],
				 refused[i][1]) == SMCCC_RET_INVALID_PARAMETER);
		CHECK_STR(console, "");         /* nothing printed */
	}
	CHECK((long)call("hvc", HYP_CONSOLE_WRITE, (uintptr_t)guest_pages[0], 1) ==
	      SMCCC_RET_INVALID_PARAMETER);

	/* The null call is silent: it is made in loops. */
	CHECK(call("hvc", HYP_NULL, 0, 0) == 0);
	CHECK_STR(console, "");

	CHECK(call("smc", PSCI_VERSION, 0, 0) == PSCI_VERSION_1_1);
	CHECK_STR(console, "");

	/* The discovery calls Linux makes: this hypervisor's UUID in
	 * x0-x3; no TRNG, which PSCI_FEATURES does not claim either. */
	CHECK(call("hvc", HYP_CALL_UID, 0, 0) == HYP_UID_W0);
	CHECK(vcpu.regs.x[1] == HYP_UID_W1 && vcpu.regs.x[2] == HYP_UID_W2 &&
	      vcpu.regs.x[3] == HYP_UID_W3);
	CHECK((long)call("hvc", SMCCC_TRNG_VERSION, 0, 0) == SMCCC_RET_NOT_SUPPORTED);
	CHECK((long)call("hvc", PSCI_FEATURES, SMCCC_TRNG_VERSION, 0) ==
	      PSCI_RET_NOT_SUPPORTED);
	CHECK_STR(console, "");

	/* The next million calls, answered without a line too. */
	CHECK(call("hvc", HYP_VERSION, 0, 0) == 0x10000);
	CHECK_STR(console, "");
	for (int i = 0; i < 1000000; i++)
		if (call("hvc", PSCI_VERSION, 0, 0) != PSCI_VERSION_1_1 ||
		    console_len != 0)
			break;
	CHECK(console_len == 0);
	CHECK(call_kind(PSCI_VERSION)->count == 1000001);

	/* Only w0 names the function: the top half of x0 is ignored. */
	CHECK(call("hvc", 0xffffffff00000000UL | HYP_VERSION, 0, 0) == 0x10000);

	/* PSCI 1.1 for one CPU, and SMCCC 1.1, by psci_answer(). */
	enum psci_effect e;
	CHECK(psci_answer(SMCCC_VERSION, 0, 0, MPIDR, &e) == 0x10001 && e == PSCI_RUNS_ON);
	CHECK(psci_answer(SMCCC_ARCH_FEATURES, SMCCC_VERSION, 0, MPIDR, &e) == 0);
	CHECK(psci_answer(SMCCC_ARCH_FEATURES, SMCCC_ARCH_FEATURES, 0, MPIDR, &e) == 0);
	CHECK(psci_answer(SMCCC_ARCH_FEATURES, 0x80008000, 0, MPIDR, &e) == -1);
	CHECK(psci_answer(SMCCC_ARCH_FEATURES, 0x80007fff, 0, MPIDR, &e) == -1);
	CHECK(psci_answer(SMCCC_ARCH_FEATURES, 0x80003fff, 0, MPIDR, &e) == -1);
	CHECK(psci_answer(SMCCC_ARCH_FEATURES, PSCI_VERSION, 0, MPIDR, &e) == -1);
	/* PSCI_FEATURES: each call it has, SMCCC_VERSION, and no other. */
	for (size_t i = 0; i < N_CALLS; i++) {
		uint32_t fn = calls[i].fn;
		long want = is_psci(fn) || fn == SMCCC_VERSION ? 0 : -1;

		CHECK(psci_answer(PSCI_FEATURES, fn, 0, MPIDR, &e) == want);
	}
	static const unsigned long lacks[] = {
		0x84000005, 0xc4000005, 0x84000007, 0x8400000e, 0xc400000e,
		0x84000012, 0x84000020, 0xc4000000, 0xc4000008, 0x80000002,
		0xffffffff84000000, 0x1000000084000000,
	};
	for (size_t i = 0; i < sizeof(lacks) / sizeof(lacks[0]); i++) {
		/* an SMC32 call's x1 is 32 bits: the top half is ignored */
		long want = (uint32_t)lacks[i] == PSCI_VERSION ? 0 : -1;

		CHECK(psci_answer(PSCI_FEATURES, lacks[i], 0, MPIDR, &e) == want);
	}
	CHECK(psci_answer(PSCI_CPU_SUSPEND, 0, 0, MPIDR, &e) == 0 && e == PSCI_RUNS_ON);
	CHECK(psci_answer(PSCI_CPU_SUSPEND_64, 1UL << 16 | 0x1234 | 3UL << 24, 0,
			  MPIDR, &e) == 0);
	CHECK(psci_answer(PSCI_CPU_SUSPEND, 1UL << 31, 0, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_CPU_SUSPEND, 1UL << 17, 0, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_CPU_SUSPEND, 1UL << 32, 0, MPIDR, &e) == 0);
	CHECK(psci_answer(PSCI_CPU_ON, 0x102, 0x40000000, MPIDR, &e) == -4);
	CHECK(psci_answer(PSCI_CPU_ON_64, 0x102, 0x40000000, MPIDR, &e) == -4);
	CHECK(psci_answer(PSCI_CPU_ON, 0x100, 0, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_CPU_ON, 0x80000102, 0, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_CPU_ON_64, 0x100000102, 0, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_CPU_ON, 0x100000102, 0, MPIDR, &e) == -4);
	CHECK(psci_answer(PSCI_CPU_ON_64, 0x102, 0, MPIDR | 1UL << 32, &e) == -2);
	CHECK(psci_answer(PSCI_CPU_ON, 0x102, 0, MPIDR | 1UL << 32, &e) == -4);
	CHECK(psci_answer(PSCI_AFFINITY_INFO, 0x102, 0, MPIDR, &e) == 0);
	CHECK(psci_answer(PSCI_AFFINITY_INFO_64, 0x102, 0, MPIDR, &e) == 0);
	CHECK(psci_answer(PSCI_AFFINITY_INFO, 0x103, 0, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_AFFINITY_INFO, 0x102, 1, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_AFFINITY_INFO_64, 0x102, 1UL << 32, MPIDR, &e) == -2);
	CHECK(psci_answer(PSCI_AFFINITY_INFO, 0x102, 1UL << 32, MPIDR, &e) == 0);
	CHECK(psci_answer(PSCI_MIGRATE_INFO_TYPE, 0, 0, MPIDR, &e) == 2);
	CHECK(psci_answer(PSCI_CPU_OFF, 0, 0, MPIDR, &e) == 0 && e == PSCI_STOPS_CPU_OFF);
	CHECK(psci_answer(PSCI_SYSTEM_OFF, 0, 0, MPIDR, &e) == 0 && e == PSCI_STOPS_OFF);
	CHECK(psci_answer(PSCI_SYSTEM_RESET, 0, 0, MPIDR, &e) == 0 && e == PSCI_STOPS_RESET);
	CHECK(psci_answer(0x84000005, 0, 0, MPIDR, &e) == -1 && e == PSCI_RUNS_ON);

	/* Unknown IDs, including near misses of known ones. */
	static const unsigned long unknown[] = {
		0, 1, 0xc6000003, 0xc6000042, 0x86000000, 0x84000005,
		0x8400000b, 0xc4000008, 0x80000002, 0xffffffff,
	};
	for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		CHECK((long)call("hvc", unknown[i], 1, 2) == SMCCC_RET_NOT_SUPPORTED);
		CHECK(strstr(console, "unknown function -> NOT_SUPPORTED") != 0);
	}

	/* SYSTEM_OFF, SYSTEM_RESET and CPU_OFF reach power_off(), with
	 * the reason and a count of every kind of call made. */
	static const struct {
		uint32_t fn;
		const char *console;
	} stops[] = {
		{ PSCI_SYSTEM_OFF, "hyp: the guest asked for PSCI SYSTEM_OFF after 3 virtual interrupts (7 reports of misbehaviour)\n" },
		{ PSCI_SYSTEM_RESET, "hyp: the guest asked for PSCI SYSTEM_RESET; this hypervisor "
		  "cannot start it afresh, so it powers off\n" },
		{ PSCI_CPU_OFF, "hyp: the guest turned its only CPU off (PSCI CPU_OFF); "
		  "nothing can turn it on again\n" },
	};
	for (size_t i = 0; i < sizeof(stops) / sizeof(stops[0]); i++) {
		char last[64];
		int off = 0;

		snprintf(last, sizeof(last), ", 1 %s, ", call_kind(stops[i].fn)->name);
		call_kind(PSCI_SYSTEM_OFF)->count = 0;
		call_kind(PSCI_SYSTEM_RESET)->count = 0;
		call_kind(PSCI_CPU_OFF)->count = 0;
		if (setjmp(powered_off) == 0)
			call("hvc", stops[i].fn, 0, 0);
		else
			off = 1;
		CHECK(off);
		size_t n = strlen(stops[i].console);
		CHECK(strncmp(console, stops[i].console, n) == 0);
		CHECK(strncmp(console + n, "hyp: calls answered: ", 21) == 0);
		CHECK(strstr(console + n, " HYP_VERSION, ") != 0);
		CHECK(strstr(console + n, ", 1000001 PSCI_VERSION, ") != 0);
		CHECK(strstr(console + n, last) != 0);     /* the discovery calls follow */
	}

	return check_done();
}
