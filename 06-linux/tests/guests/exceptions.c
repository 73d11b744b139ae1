/*
 * Exceptions as the CPU takes them: the hypervisor injects a data abort
 * for a load from an IPA where nothing is, and the guest compares what
 * its handler sees with the Arm ARM's rules and with an exception the CPU
 * takes by itself (UDF). Then code at EL0 in AArch32, T32 state, makes
 * 16-bit loads from the emulated UART, which the hypervisor must step
 * over by 2 bytes and an IT block by one instruction, and one from
 * nowhere, whose abort must come to VBAR_EL1 + 0x600.
 *
 * Run on a CPU with FEAT_PAN, FEAT_DIT and FEAT_SSBS (exceptions.cpu).
 */
#include "hostile.h"

#define UART            0x09000000UL
#define NOWHERE         0x48000000UL    /* an IPA with nothing behind it */

/* PSTATE bits and the MRS/MSR names of those with a register of their own. */
#define NZCV_MASK       (0xfUL << 28)
#define PSTATE_DIT      (1UL << 24)
#define PSTATE_PAN      (1UL << 22)
#define PSTATE_SSBS     (1UL << 12)
#define EL1H_DAIF       0x3c5UL         /* M = EL1h, D A I F masked */
#define SCTLR_SPAN      (1UL << 23)
#define SCTLR_DSSBS     (1UL << 44)
#define EC_UNKNOWN      0x00
#define EC_SVC32        0x11
#define EC_DABT_LOW     0x24
#define EC_DABT_CUR     0x25

static unsigned long set_sctlr, set_pstate;

static void set_state(void)
{
	unsigned long sctlr;

	__asm__ volatile("mrs %0, sctlr_el1" : "=r"(sctlr));
	sctlr = (sctlr & ~(SCTLR_SPAN | SCTLR_DSSBS)) | set_sctlr;
	__asm__ volatile("msr sctlr_el1, %0\n\tisb\n\t"
			 "msr s3_0_c4_c2_3, %1\n\t"     /* PAN */
			 "msr s3_3_c4_c2_5, %2\n\t"     /* DIT */
			 "msr s3_3_c4_c2_6, %3"         /* SSBS */
			 : : "r"(sctlr), "r"(set_pstate & PSTATE_PAN),
			   "r"(set_pstate & PSTATE_DIT), "r"(set_pstate & PSTATE_SSBS));
}

/* The injected exception: a load from nowhere, a data abort from EL2. */
static void injected(void)
{
	set_state();
	__asm__ volatile("msr nzcv, %0\n\tldr w2, [%1]"
			 : : "r"(set_pstate & NZCV_MASK), "r"(NOWHERE) : "x2", "memory");
}

/* The CPU's own: an undefined instruction, taken at EL1 without EL2. */
static void native(void)
{
	set_state();
	__asm__ volatile("msr nzcv, %0\n\tudf #0" : : "r"(set_pstate & NZCV_MASK));
}

/* The rules of AArch64.TakeException() for what the handler sees. */
static unsigned long entry_pstate(void)
{
	unsigned long p = (set_pstate & (NZCV_MASK | PSTATE_DIT)) | PSTATE_PAN;

	if (set_sctlr & SCTLR_SPAN)
		p = (p & ~PSTATE_PAN) | (set_pstate & PSTATE_PAN);
	if (set_sctlr & SCTLR_DSSBS)
		p |= PSTATE_SSBS;
	return p;
}

static void pstate_case(const char *what, unsigned long sctlr, unsigned long pstate)
{
	unsigned long want = 0, spsr = 0, vector = 0, got_native = 0;
	bool native_ok;

	set_sctlr = sctlr;
	set_pstate = pstate;
	native_ok = attempt(native) && ((fault_esr >> 26) & 0x3f) == EC_UNKNOWN;
	if (native_ok)
		got_native = fault_pstate;
	if (!attempt(injected) || ((fault_esr >> 26) & 0x3f) != EC_DABT_CUR) {
		kprintf("%s: no injected data abort: WRONG\n", what);
		return;
	}
	want = entry_pstate();
	spsr = fault_spsr;
	vector = fault_vector;
	kprintf("%s: handler PSTATE 0x%08lx (rules 0x%08lx, UDF 0x%08lx), "
		"SPSR_EL1 0x%08lx, vector 0x%03lx: %s\n", what, fault_pstate, want,
		got_native, spsr, vector,
		fault_pstate == want && spsr == (pstate | EL1H_DAIF) &&
		vector == 0x200 ? "ok" : "WRONG");
}

/* Code at EL0 in AArch32 T32: entered with r1 = the UART, r3 = nowhere;
 * it ends in an SVC (or an abort) back to EL1, r0 and r2 recorded. */
#define SPSR_USR_T32    0x1f0UL         /* M = User (0b10000), T, A I F masked */

static const unsigned short *el0_code;

static void enter_el0(void)
{
	register unsigned long x1 __asm__("x1") = UART;
	register unsigned long x3 __asm__("x3") = NOWHERE;

	__asm__ volatile("msr elr_el1, %0\n\tmsr spsr_el1, %1\n\tisb\n\teret"
			 : : "r"(el0_code), "r"(SPSR_USR_T32), "r"(x1), "r"(x3)
			 : "memory");
}

static const unsigned short load_then_add[] = {
	0x2200,         /* movs  r2, #0 */
	0x6988,         /* ldr   r0, [r1, #0x18]: UARTFR, 16 bits (IL = 0) */
	0x3201,         /* adds  r2, #1 */
	0xdf00,         /* svc   #0 */
};

static const unsigned short load_in_it_block[] = {
	0x2200,         /* movs  r2, #0 */
	0x4280,         /* cmp   r0, r0: Z = 1 */
	0xbf0c,         /* ite   eq */
	0x6988,         /* ldreq r0, [r1, #0x18] */
	0x2201,         /* movne r2, #1: condition false, must not run */
	0x3202,         /* adds  r2, #2 */
	0xdf00,         /* svc   #0 */
};

static const unsigned short load_from_nowhere[] = {
	0x6818,         /* ldr   r0, [r3]: a data abort, injected */
	0xdf00,
};

static const unsigned short undefined_t32[] = {
	0xde00,         /* udf   #0: the CPU's own exception */
	0xdf00,
};

static void t32_case(const char *what, const unsigned short *code,
		     unsigned ec_want, unsigned long r0_want, unsigned long r2_want)
{
	unsigned ec;
	bool ok;

	el0_code = code;
	if (!attempt(enter_el0)) {
		kprintf("%s: no exception: WRONG\n", what);
		return;
	}
	ec = (unsigned)(fault_esr >> 26) & 0x3f;
	ok = ec == ec_want && fault_vector == 0x600 &&
	     (fault_spsr & 0x3f) == (SPSR_USR_T32 & 0x3f);
	if (ec == EC_SVC32) {
		kprintf("%s: r0 = 0x%lx, r2 = %lu, then SVC (EC 0x%02x) at "
			"VBAR_EL1 + 0x%03lx: ", what, fault_x0 & 0xffffffff,
			fault_x2 & 0xffffffff, ec, fault_vector);
		ok = ok && (fault_x0 & 0xffffffff) == r0_want &&
		     (fault_x2 & 0xffffffff) == r2_want;
	} else {
		kprintf("%s: EC 0x%02x at VBAR_EL1 + 0x%03lx, ELR_EL1 at the "
			"instruction: ", what, ec, fault_vector);
		ok = ok && fault_elr == (unsigned long)code;
	}
	kprintf("%s\n", ok ? "ok" : "WRONG");
}

static bool has(void (*probe)(void)) { return !attempt(probe); }
static void probe_pan(void)  { __asm__ volatile("mrs x0, s3_0_c4_c2_3" : : : "x0"); }
static void probe_dit(void)  { __asm__ volatile("mrs x0, s3_3_c4_c2_5" : : : "x0"); }
static void probe_ssbs(void) { __asm__ volatile("mrs x0, s3_3_c4_c2_6" : : : "x0"); }

int main(void)
{
	uart_init();
	kprintf("exceptions: taken as the CPU would take them\n");
	if (!has(probe_pan) || !has(probe_dit) || !has(probe_ssbs)) {
		kprintf("exceptions: this CPU lacks FEAT_PAN, FEAT_DIT or FEAT_SSBS\n");
		hvc(PSCI_SYSTEM_OFF, 0, 0);
	}
	record_pstate = 1;
	pstate_case("SPAN 0, PAN 0, DIT 1, DSSBS 1, NZCV 1010", SCTLR_DSSBS,
		    PSTATE_DIT | 0xaUL << 28);
	pstate_case("SPAN 1, PAN 1, SSBS 1, DSSBS 0, NZCV 0101", SCTLR_SPAN,
		    PSTATE_PAN | PSTATE_SSBS | 0x5UL << 28);
	pstate_case("SPAN 1, PAN 0", SCTLR_SPAN, 0);
	record_pstate = 0;

	t32_case("T32 at EL0: 16-bit load, then adds r2, #1", load_then_add,
		 EC_SVC32, 0x90, 1);
	t32_case("T32 at EL0: 16-bit load in an IT block", load_in_it_block,
		 EC_SVC32, 0x90, 2);
	t32_case("T32 at EL0: load from nowhere", load_from_nowhere, EC_DABT_LOW, 0, 0);
	t32_case("T32 at EL0: UDF", undefined_t32, EC_UNKNOWN, 0, 0);
	kprintf("exceptions: done\n");
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}
