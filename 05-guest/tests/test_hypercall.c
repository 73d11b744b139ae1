/* Host tests for the hypercall dispatcher (hypercall.c). */
#include <setjmp.h>
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
	vcpu.regs.esr = (unsigned long)(insn[0] == 's' ? ESR_EC_SMC64 : ESR_EC_HVC64)
			<< ESR_EL2_EC_SHIFT;
	console_len = 0;
	console[0] = '\0';
	hypercall(&vcpu);
	CHECK(vcpu.regs.x[3] == 0x3333);        /* only x0 is written */
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

	CHECK(call("hvc", HYP_VERSION, 0, 0) == 0x10000);
	CHECK_STR(console, "hyp: hvc 0xc6000001 HYP_VERSION -> 0x10000\n");

	/* The text is found through stage 2, at the IPA's page. */
	CHECK(call("hvc", HYP_CONSOLE_WRITE, TEXT_IPA, 5) == 5);
	CHECK_STR(console, "hellohyp: hvc 0xc6000002 HYP_CONSOLE_WRITE -> 0x5\n");
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
		CHECK(strncmp(console, "hyp:", 4) == 0); /* nothing printed */
	}
	CHECK((long)call("hvc", HYP_CONSOLE_WRITE, (uintptr_t)guest_pages[0], 1) ==
	      SMCCC_RET_INVALID_PARAMETER);

	/* The null call is silent: it is made in loops. */
	CHECK(call("hvc", HYP_NULL, 0, 0) == 0);
	CHECK_STR(console, "");

	CHECK(call("smc", PSCI_VERSION, 0, 0) == PSCI_VERSION_1_1);
	CHECK_STR(console, "hyp: smc 0x84000000 PSCI_VERSION -> 0x10001\n");

	/* Only w0 names the function: the top half of x0 is ignored. */
	CHECK(call("hvc", 0xffffffff00000000UL | HYP_VERSION, 0, 0) == 0x10000);

	/* Unknown IDs, including near misses of known ones. */
	static const unsigned long unknown[] = {
		0, 1, 0xc6000003, 0xc6000042, 0x86000000, 0x84000001,
		0x84000009, 0xc4000008, 0x80000000, 0xffffffff,
	};
	for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		CHECK((long)call("hvc", unknown[i], 1, 2) == SMCCC_RET_NOT_SUPPORTED);
		CHECK(strstr(console, "unknown function -> NOT_SUPPORTED") != 0);
	}

	/* SYSTEM_OFF reaches power_off(). */
	int off = 0;
	if (setjmp(powered_off) == 0)
		call("hvc", PSCI_SYSTEM_OFF, 0, 0);
	else
		off = 1;
	CHECK(off);
	CHECK_STR(console, "hyp: the guest asked for PSCI SYSTEM_OFF after 3 virtual interrupts (7 reports of misbehaviour)\n");

	return check_done();
}
