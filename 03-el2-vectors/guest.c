/*
 * The guest: code that runs at EL1 and exercises, one by one, the traps
 * this chapter's hypervisor handles. It shares the image with the
 * hypervisor, and it writes to the UART directly: nothing isolates the
 * two yet (that is chapter 04).
 */
#include "print.h"
#include "psci.h"
#include "smccc.h"
#include "sysregs.h"

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

#ifdef TEST_PSCI
/* The PSCI test: every PSCI and SMCCC architecture call, with the answer
 * PSCI 1.1 (Arm DEN 0022) and SMCCC 1.1 (Arm DEN 0028) want from a
 * machine with one CPU. Then a million PSCI_VERSION calls, as legitimate
 * as the first; then SYSTEM_RESET. */
#define SMCCC_ARCH_WORKAROUND_1 0x80008000UL
#define SMCCC_ARCH_WORKAROUND_2 0x80007fffUL
#define SMCCC_ARCH_WORKAROUND_3 0x80003fffUL
#define PSCI_MIGRATE            0x84000005UL
#define PSCI_SYSTEM_SUSPEND_64  0xc400000eUL
#define POWERDOWN               (1UL << 16)   /* power_state.StateType */
#define PSCI_CALLS              1000000

static unsigned checks, passed;

static void check(const char *what, unsigned long fn, unsigned long a1,
		  unsigned long a2, long want)
{
	long got = (long)hvc_call(fn, a1, a2);

	checks++;
	if (got == want)
		passed++;
	else
		kprintf("guest: error: %s returned %ld, not %ld\n", what, got, want);
}

static void psci_test(void)
{
	static const unsigned long known[] = {
		PSCI_VERSION, PSCI_CPU_SUSPEND, PSCI_CPU_SUSPEND_64, PSCI_CPU_OFF,
		PSCI_CPU_ON, PSCI_CPU_ON_64, PSCI_AFFINITY_INFO,
		PSCI_AFFINITY_INFO_64, PSCI_MIGRATE_INFO_TYPE, PSCI_SYSTEM_OFF,
		PSCI_SYSTEM_RESET, PSCI_FEATURES, SMCCC_VERSION,
	};
	static const unsigned long unknown[] = {
		PSCI_MIGRATE, PSCI_SYSTEM_SUSPEND_64, SMCCC_ARCH_FEATURES,
		HYP_VERSION, 0x8400001fUL,
	};
	unsigned long me = read_sysreg(mpidr_el1) & MPIDR_EL1_AFF012_MASK;
	unsigned long n, ok = 0;

	check("PSCI_VERSION", PSCI_VERSION, 0, 0, (long)PSCI_VERSION_1_1);
	check("SMCCC_VERSION", SMCCC_VERSION, 0, 0, (long)SMCCC_VERSION_1_1);
	for (unsigned i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		check("PSCI_FEATURES of a call it has", PSCI_FEATURES, known[i], 0,
		      PSCI_RET_SUCCESS);
	for (unsigned i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
		check("PSCI_FEATURES of a call it lacks", PSCI_FEATURES, unknown[i],
		      0, PSCI_RET_NOT_SUPPORTED);
	check("SMCCC_ARCH_FEATURES(SMCCC_VERSION)", SMCCC_ARCH_FEATURES,
	      SMCCC_VERSION, 0, SMCCC_RET_SUCCESS);
	check("SMCCC_ARCH_FEATURES(SMCCC_ARCH_FEATURES)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_FEATURES, 0, SMCCC_RET_SUCCESS);
	check("SMCCC_ARCH_FEATURES(WORKAROUND_1)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_WORKAROUND_1, 0, SMCCC_RET_NOT_SUPPORTED);
	check("SMCCC_ARCH_FEATURES(WORKAROUND_2)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_WORKAROUND_2, 0, SMCCC_RET_NOT_SUPPORTED);
	check("SMCCC_ARCH_FEATURES(WORKAROUND_3)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_WORKAROUND_3, 0, SMCCC_RET_NOT_SUPPORTED);
	check("CPU_SUSPEND, standby", PSCI_CPU_SUSPEND, 0, 0, PSCI_RET_SUCCESS);
	check("CPU_SUSPEND64, powerdown", PSCI_CPU_SUSPEND_64, POWERDOWN, 0,
	      PSCI_RET_SUCCESS);
	check("CPU_SUSPEND, reserved bit set", PSCI_CPU_SUSPEND, 1UL << 31, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("CPU_ON of itself", PSCI_CPU_ON, me, 0, PSCI_RET_ALREADY_ON);
	check("CPU_ON64 of itself", PSCI_CPU_ON_64, me, 0, PSCI_RET_ALREADY_ON);
	check("CPU_ON of another CPU", PSCI_CPU_ON, me ^ 1, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("CPU_ON64 of Aff3 1", PSCI_CPU_ON_64, me | 1UL << 32, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("AFFINITY_INFO of itself", PSCI_AFFINITY_INFO, me, 0, PSCI_AFFINITY_ON);
	check("AFFINITY_INFO64 of itself", PSCI_AFFINITY_INFO_64, me, 0,
	      PSCI_AFFINITY_ON);
	check("AFFINITY_INFO of another CPU", PSCI_AFFINITY_INFO, me ^ 1, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("AFFINITY_INFO at level 1", PSCI_AFFINITY_INFO, me, 1,
	      PSCI_RET_INVALID_PARAMETERS);
	check("MIGRATE_INFO_TYPE", PSCI_MIGRATE_INFO_TYPE, 0, 0, PSCI_TOS_NOT_PRESENT);
	check("MIGRATE (optional, not there)", PSCI_MIGRATE, me, 0,
	      PSCI_RET_NOT_SUPPORTED);
	checks++;
	if (smc_call(PSCI_VERSION) == PSCI_VERSION_1_1)
		passed++;
	kprintf("guest: PSCI: %u of %u calls answered as PSCI 1.1 and SMCCC 1.1 "
		"say\n", passed, checks);

	for (n = 0; n < PSCI_CALLS; n++)
		ok += hvc_call(PSCI_VERSION, 0, 0) == PSCI_VERSION_1_1;
	kprintf("guest: %lu of %u PSCI_VERSION calls answered\n", ok, PSCI_CALLS);
	kprintf("guest: asking for PSCI SYSTEM_RESET\n");
	hvc_call(PSCI_SYSTEM_RESET, 0, 0);
	kprintf("guest: error: still running after SYSTEM_RESET\n");
}
#endif

#ifdef TEST_BENCH
/* `make bench`: the operations this chapter adds, each in a loop. */
#include "bench.h"

#define BENCH_N 100

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

static void run_benchmarks(void)
{
	pmu_start();
	bench("empty", loop_empty, BENCH_N);
	bench("hvc-null", loop_hvc_null, BENCH_N);
	bench("sysreg-read", loop_sysreg_read, BENCH_N);
}
#endif

#ifdef TEST_AARCH32
/*
 * `make test`: code at EL0 in AArch32, T32 (Thumb) state, makes a 16-bit
 * WFI, which HCR_EL2.TWI traps: the hypervisor must step over 2 bytes,
 * not 4. The sequence ends in an SVC, taken at VBAR_EL1 + 0x600 (lower
 * EL, AArch32), back to el0_t32_run()'s caller with the sequence's r2.
 * The instructions are written as halfwords: an AArch64 assembler has
 * no T32.
 */
/* M = 0b10000 (AArch32 User mode, EL0), T32, asynchronous exceptions masked. */
#define SPSR_AARCH32_EL0_T32    (PSTATE_M_AARCH32 | PSTATE_T | PSTATE_A | PSTATE_I | PSTATE_F)
#define ESR_EC_SVC32            0x11
#define SCTLR_EL1_NTWI          (1UL << 16)     /* EL0's WFI is not trapped to EL1 */

unsigned long el0_t32_run(const unsigned short *code, unsigned long spsr);

__asm__(
"	.text\n"
"	.balign	0x800\n"
"t32_vectors:\n"
"	.rept	12\n"
"	.balign	0x80\n"
"	b	guest_handle_unexpected\n"
"	.endr\n"
"	.balign	0x80\n"                        /* + 0x600: lower EL, AArch32 */
"	b	.Lt32_back\n"
"	.rept	3\n"
"	.balign	0x80\n"
"	b	guest_handle_unexpected\n"
"	.endr\n"
"\n"
/* SP_EL1 stays as it is while EL0 runs (on SP_EL0): the SVC comes back
 * to the same stack. */
"	.global	el0_t32_run\n"
"el0_t32_run:\n"
"	mrs	x9, vbar_el1\n"
"	stp	x9, x30, [sp, #-16]!\n"
"	msr	spsr_el1, x1\n"
"	adrp	x1, t32_vectors\n"
"	add	x1, x1, :lo12:t32_vectors\n"
"	msr	vbar_el1, x1\n"
"	msr	elr_el1, x0\n"
"	isb\n"
"	eret\n"
".Lt32_back:\n"
"	mov	w0, w2\n"
"	ldp	x9, x30, [sp], #16\n"
"	msr	vbar_el1, x9\n"
"	isb\n"
"	ret\n"
"	.previous\n");

static const unsigned short t32_wfi[] = {
	0x2200,         /* movs  r2, #0 */
	0xbf30,         /* wfi: trapped, 16 bits (ESR_EL2.IL = 0) */
	0x3201,         /* adds  r2, #1 */
	0xdf00,         /* svc   #0 */
};

static void t32_case(const char *what, const unsigned short *code, unsigned long want)
{
	unsigned long r2 = el0_t32_run(code, SPSR_AARCH32_EL0_T32);
	unsigned long ec = (read_sysreg(esr_el1) & ESR_EL2_EC_MASK) >> ESR_EL2_EC_SHIFT;

	kprintf("guest: %s: r2 = %lu, want %lu; back by SVC (EC 0x%02lx): %s\n",
		what, r2, want, ec, r2 == want && ec == ESR_EC_SVC32 ? "ok" : "WRONG");
}

static void run_aarch32_tests(void)
{
	kprintf("guest: running T32 code at EL0 in AArch32\n");
	/* Let EL0 run WFI, which then traps to EL2 (HCR_EL2.TWI). */
	write_sysreg(sctlr_el1, read_sysreg(sctlr_el1) | SCTLR_EL1_NTWI);
	isb();
	t32_case("16-bit WFI, then adds r2, #1", t32_wfi, 1);
}
#endif

/* A synchronous exception taken to our own EL1 vectors (guest_vectors.S). */
void guest_handle_sync(void)
{
	unsigned long esr = read_sysreg(esr_el1);
	unsigned long elr = read_sysreg(elr_el1);
	unsigned ec = (unsigned)((esr & ESR_EL2_EC_MASK) >> ESR_EL2_EC_SHIFT);

	if (ec != ESR_EC_UNKNOWN) {
		kprintf("guest: unexpected exception, ESR_EL1 0x%08lx at 0x%lx\n",
			esr, elr);
		hvc_call(PSCI_SYSTEM_OFF, 0, 0);
		for (;;)                /* SYSTEM_OFF does not return */
			;
	}
	kprintf("guest: undefined instruction at 0x%lx (ESR_EL1 0x%08lx, "
		"EC 0x%02x); skipping it\n", elr, esr, ec);
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

	kprintf("guest: running at EL%u, VBAR_EL1 = 0x%lx\n", current_el(),
		read_sysreg(vbar_el1));
#ifdef TEST_BENCH
	run_benchmarks();
	hvc_call(PSCI_SYSTEM_OFF, 0, 0);
#endif
#ifdef TEST_AARCH32
	run_aarch32_tests();
	hvc_call(PSCI_SYSTEM_OFF, 0, 0);
#endif
#ifdef TEST_PSCI
	psci_test();
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

	/* 6. Power off, asked of the hypervisor through PSCI. */
	kprintf("guest: asking for PSCI SYSTEM_OFF\n");
	hvc_call(PSCI_SYSTEM_OFF, 0, 0);
	kprintf("guest: error: still running after SYSTEM_OFF\n");
}
