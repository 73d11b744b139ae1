/*
 * The guest: a program of its own, linked for 0x40000000 like a program
 * on the bare board. It uses the same PL011 driver as the hypervisor
 * (common/uart.c), at the UART's usual address; it does not know that
 * every access to it traps to EL2. It exercises, one by one, the traps
 * this chapter's hypervisor handles, then probes its memory.
 */
#include <stdbool.h>
#include <stdint.h>
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "smccc.h"
#include "sysregs.h"
#include "uart.h"

/* How many null hypercalls the guest makes in a row; a benchmark build
 * sets another count. */
#ifndef NULL_HYPERCALLS
#define NULL_HYPERCALLS 100
#endif

/* An SMCCC call through HVC: function ID and two arguments in, x0 out.
 * The callee may change x1-x17 (SMCCC), so they are clobbered. */
static unsigned long hvc_call(unsigned long fn, unsigned long a1, unsigned long a2)
{
	register unsigned long x0 __asm__("x0") = fn;
	register unsigned long x1 __asm__("x1") = a1;
	register unsigned long x2 __asm__("x2") = a2;

	__asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2) : :
		"x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12",
		"x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

/* The same call through SMC, the conduit meant for firmware at EL3. */
static unsigned long smc_call(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	__asm__ volatile("smc #0" : "+r"(x0) : :
		"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10",
		"x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

/* Unknown hypercall: any function number the hypervisor does not have. */
#define HYP_UNKNOWN     HYP_CALL(0x42)

/* guest_regcheck.S: make hypercall fn with x1-x28 loaded with values of
 * their own, and return which of them came back changed (bit n for xn). */
unsigned long hvc_changes_registers(unsigned long fn);

static const char greeting[] = "guest: this line went through HYP_CONSOLE_WRITE\n";

/* Read the ID space register S3_0_C0_C<crm>_<op2> (crm 1-7): by that
 * name, which any assembler knows. */
#define ID_READ(m, n)   case (m) * 8 + (n): return read_sysreg(S3_0_C0_C##m##_##n);
#define ID_READ_ROW(m)  ID_READ(m, 0) ID_READ(m, 1) ID_READ(m, 2) ID_READ(m, 3) \
			ID_READ(m, 4) ID_READ(m, 5) ID_READ(m, 6) ID_READ(m, 7)

static unsigned long read_id_space(unsigned crm, unsigned op2)
{
	switch (crm * 8 + op2) {
	ID_READ_ROW(1) ID_READ_ROW(2) ID_READ_ROW(3) ID_READ_ROW(4)
	ID_READ_ROW(5) ID_READ_ROW(6) ID_READ_ROW(7)
	}
	return ~0UL;
}

/* The encodings of the ID space that the Arm ARM gives no register, one
 * bit per op2, by CRm: they must read as zero. */
static const unsigned char id_unallocated[8] = {
	[3] = 0x88, [4] = 0x48, [5] = 0xc8, [6] = 0xf0, [7] = 0xe0,
};

/* Read every encoding of the ID space, as a kernel probing its CPU does,
 * and check what the hypervisor promises: none is undefined, the
 * unallocated ones read as zero, and EL2 is not there. */
static void probe_id_space(void)
{
	unsigned reads = 0, zero = 0, unallocated = 0;
	unsigned long el2;

	for (unsigned crm = 1; crm <= 7; crm++) {
		for (unsigned op2 = 0; op2 <= 7; op2++) {
			unsigned long v = read_id_space(crm, op2);

			reads++;
			if (!(id_unallocated[crm] & (1U << op2)))
				continue;
			unallocated++;
			if (v == 0)
				zero++;
			else
				kprintf("guest: error: unallocated S3_0_C0_C%u_%u "
					"reads 0x%lx\n", crm, op2, v);
		}
	}
	el2 = (read_id_space(4, 0) & ID_AA64PFR0_EL1_EL2_MASK) >>
	      ID_AA64PFR0_EL1_EL2_SHIFT;
	kprintf("guest: %u ID space reads; %u of %u unallocated encodings read "
		"as 0; EL2 field %lu\n", reads, zero, unallocated, el2);
}

/* Set while the benchmarks run: the exception handlers stay silent. */
static volatile bool quiet;

#ifdef TEST_BENCH
/* `make bench`: the operations this chapter adds, each in a loop. */
#include "bench.h"

#define BENCH_N         100
#define BENCH_N_FAULTS  10      /* each one is also reported on the console */

static BENCH_LOOP void loop_hvc_null(unsigned long n)
{
	__asm__ volatile("1: mov x0, %1\n\thvc #0\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"((unsigned long)HYP_NULL)
			 : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
			   "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16",
			   "x17", "memory");
}

static BENCH_LOOP void loop_sysreg_read(unsigned long n)
{
	__asm__ volatile("1: mrs x1, id_aa64pfr0_el1\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : : "x1", "memory");
}

/* A store of 0, from a register, to the emulated UART's interrupt mask
 * (no output). */
static BENCH_LOOP void loop_mmio_write(unsigned long n)
{
	__asm__ volatile("1: str %w2, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(PL011_BASE + UARTIMSC), "r"(0UL) : "memory");
}

/* A load from an IPA with nothing behind it: reported by the
 * hypervisor, injected, skipped by our handler. */
static BENCH_LOOP void loop_stage2_fault(unsigned long n)
{
	__asm__ volatile("1: ldr w1, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(GUEST_RAM_PA) : "x1", "memory");
}

static void run_benchmarks(void)
{
	quiet = true;
	pmu_start();
	bench("empty", loop_empty, BENCH_N);
	bench("hvc-null", loop_hvc_null, BENCH_N);
	bench("sysreg-read", loop_sysreg_read, BENCH_N);
	bench("mmio-write", loop_mmio_write, BENCH_N);
	bench("stage2-fault", loop_stage2_fault, BENCH_N_FAULTS);
	quiet = false;
}
#endif

/* A synchronous exception taken to our own EL1 vectors (guest_vectors.S).
 * ESR_EL1 has the layout of ESR_EL2. */
void guest_handle_sync(void)
{
	unsigned long esr = read_sysreg(esr_el1);
	unsigned long elr = read_sysreg(elr_el1);
	unsigned ec = (unsigned)((esr & ESR_EL2_EC_MASK) >> ESR_EL2_EC_SHIFT);

	if (quiet && (ec == ESR_EC_UNKNOWN || ec == ESR_EC_DABT_CUR)) {
		/* a benchmark's fault: skip it without a word */
	} else if (ec == ESR_EC_UNKNOWN) {
		kprintf("guest: undefined instruction at 0x%lx (ESR_EL1 0x%08lx, "
			"EC 0x%02x); skipping it\n", elr, esr, ec);
	} else if (ec == ESR_EC_DABT_CUR) {
		kprintf("guest: data abort at 0x%lx (ESR_EL1 0x%08lx, FAR_EL1 "
			"0x%lx, %s, DFSC 0x%02lx); skipping it\n", elr, esr,
			read_sysreg(far_el1),
			(esr & ESR_ISS_DABT_WNR) ? "write" : "read",
			esr & ESR_ISS_DABT_DFSC_MASK);
	} else {
		kprintf("guest: unexpected exception, ESR_EL1 0x%08lx at 0x%lx\n",
			esr, elr);
		hvc_call(PSCI_SYSTEM_OFF, 0, 0);
		for (;;)                /* SYSTEM_OFF does not return */
			;
	}
	write_sysreg(elr_el1, elr + 4);
}

void guest_handle_unexpected(void)
{
	kprintf("guest: unexpected exception, ESR_EL1 0x%08lx at 0x%lx\n",
		read_sysreg(esr_el1), read_sysreg(elr_el1));
	hvc_call(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}

void guest_main(void)
{
	unsigned long r, pfr0;
	unsigned n;
	volatile uint32_t *uart = (volatile uint32_t *)PL011_BASE;
	volatile char *ro_page = (volatile char *)GUEST_RO_PAGE_IPA;

	uart_init();
	kprintf("guest: running at EL%u, VBAR_EL1 = 0x%lx\n", current_el(),
		read_sysreg(vbar_el1));
#ifdef TEST_BENCH
	run_benchmarks();
	hvc_call(PSCI_SYSTEM_OFF, 0, 0);
#endif

	/* 1. Hypercalls. */
	r = hvc_call(HYP_VERSION, 0, 0);
	kprintf("guest: hypervisor version %lu.%lu\n", r >> 16, r & 0xffff);
	hvc_call(HYP_CONSOLE_WRITE, (unsigned long)greeting, sizeof(greeting) - 1);
	r = hvc_call(HYP_UNKNOWN, 0, 0);
	kprintf("guest: function 0x%08x returned %ld (%s)\n", HYP_UNKNOWN,
		(long)r, (long)r == SMCCC_RET_NOT_SUPPORTED ? "NOT_SUPPORTED" : "?");
	for (n = 0; n < NULL_HYPERCALLS; n++)
		if (hvc_call(HYP_NULL, 0, 0) != SMCCC_RET_SUCCESS)
			break;
	kprintf("guest: %u of %u null hypercalls returned SUCCESS\n", n,
		NULL_HYPERCALLS);
	r = hvc_changes_registers(HYP_NULL);
	if (r != 0)
		kprintf("guest: error: a null hypercall changed registers "
			"(bit n for xn: 0x%lx)\n", r);
	else
		kprintf("guest: x1-x28 as they were after a null hypercall\n");

	/* 2. WFI: trapped, and completed by the hypervisor. */
	__asm__ volatile("wfi");
	kprintf("guest: back from WFI\n");

	/* 3. SMC: trapped too; firmware never sees it. */
	r = smc_call(PSCI_VERSION);
	kprintf("guest: SMC PSCI_VERSION returned 0x%lx\n", r);

	/* 4. An ID register read, trapped and answered by the hypervisor. */
	pfr0 = read_sysreg(id_aa64pfr0_el1);
	kprintf("guest: ID_AA64PFR0_EL1 = 0x%016lx, EL2 field %lu\n", pfr0,
		(pfr0 & ID_AA64PFR0_EL1_EL2_MASK) >> ID_AA64PFR0_EL1_EL2_SHIFT);

	/* 5. Every other one, and the encodings of the ID space that no
	 * register has. Then a write to an ID register: they are
	 * read-only, so the write is undefined (the CPU's own doing: writes
	 * do not trap), which our own vector reports. */
	probe_id_space();
	__asm__ volatile("msr S3_0_C0_C4_0, %0" : : "r"(pfr0));
	kprintf("guest: back from the undefined instruction\n");

	/* 6. A page the hypervisor mapped read-only: reading works,
	 * writing is a stage-2 permission fault. */
	kprintf("guest: the read-only page says \"%s\"\n", (const char *)ro_page);
	ro_page[0] = 'W';
	kprintf("guest: after my write it still starts with '%c'\n", ro_page[0]);

	/* 7. An address the hypervisor gave us nothing at: the physical
	 * address of our own RAM, which as an IPA means nothing. */
	r = 0;
	__asm__ volatile("ldr %w0, [%1]" : "+r"(r)
			 : "r"(GUEST_RAM_PA) : "memory");
	kprintf("guest: the load from 0x%08lx left its register at 0x%lx\n",
		GUEST_RAM_PA, r);

	/* 8. UART accesses the emulator cannot handle: a load pair (no
	 * syndrome: ISV = 0) and a byte store (a width it does not do). */
	__asm__ volatile("ldp %0, %1, [%2]" : "=&r"(r), "=&r"(pfr0)
			 : "r"(uart) : "memory");
	__asm__ volatile("strb %w0, [%1]" : : "r"('!'), "r"(uart) : "memory");
	kprintf("guest: both UART accesses were refused\n");

	/* 9. Power off, asked of the hypervisor through PSCI. */
	kprintf("guest: asking for PSCI SYSTEM_OFF\n");
	hvc_call(PSCI_SYSTEM_OFF, 0, 0);
	kprintf("guest: error: still running after SYSTEM_OFF\n");
}
