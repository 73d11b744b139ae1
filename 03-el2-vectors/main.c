/*
 * Chapter 03: become a hypervisor. Set up what EL1 may do, drop to EL1 to
 * run a guest, and handle its traps through the lower-EL vectors.
 */
#include <stdint.h>
#include "exceptions.h"
#include "guest.h"
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "sysregs.h"
#include "uart.h"
#include "vcpu.h"

/*
 * SCTLR_EL2 for this chapter, every other bit 0 (MMU and data cache off,
 * little-endian):
 *   RES1  the bits the architecture wants set
 *   SA    a load or store based on an SP that is not 16-byte aligned
 *         faults (QEMU does not check this)
 *   I     instruction fetches may be cached
 */
#define SCTLR_EL2_VALUE (SCTLR_EL2_RES1 | SCTLR_EL2_SA | SCTLR_EL2_I)

/*
 * HCR_EL2 for this chapter, every other bit 0:
 *   RW    EL1 runs in AArch64
 *   TSC   SMC at EL1 traps to EL2 (EC 0x17) instead of reaching firmware
 *   TID3  reads of the ID group 3 registers (ID_AA64PFR0_EL1, ...) trap
 *         (EC 0x18), so the hypervisor decides what the guest sees
 *   TWI   WFI at EL1 traps (EC 0x01): the guest cannot idle the CPU
 *   AMO   physical SErrors are taken to EL2 while the guest runs, whatever
 *         its PSTATE.A: an error the guest caused is reported to us, and
 *         one of ours is never taken by the guest; it also lets EL2 give
 *         the guest a virtual SError (VSE)
 *   TIDCP the IMPLEMENTATION DEFINED registers (op0 3, CRn 11 or 15) trap:
 *         they control the core itself, which is not the guest's
 *   TACR  ACTLR_EL1 accesses trap, for the same reason
 *   TSW   DC ISW, CSW and CISW trap (EC 0x18): by set/way they act on
 *         this CPU's caches as a whole, and DC ISW (invalidate, no clean)
 *         would throw away dirty lines that are not the guest's. traps.c
 *         does each as a clean and invalidate of the same set and way
 * VM = 0: no stage-2 translation yet, so the guest reaches all memory.
 * TWE = 0: WFE is a hint the guest may use in spin loops, and there is
 * nothing else to run here. TLOR: see hcr_value(). KVM's guest flags
 * set FB and BSU too, which broadcast the guest's TLB and barrier
 * operations for a vCPU that moves between CPUs: ours never moves.
 */
#define HCR_EL2_VALUE   (HCR_EL2_RW | HCR_EL2_TSC | HCR_EL2_TID3 | HCR_EL2_TWI | \
			 HCR_EL2_AMO | HCR_EL2_TIDCP | HCR_EL2_TACR | HCR_EL2_TSW)

/* The guest starts at EL1 using SP_EL1 (EL1h), with D, A, I, F masked. */
#define GUEST_SPSR      (SPSR_EL2_M_EL1H | PSTATE_D | PSTATE_A | PSTATE_I | \
			 PSTATE_F)

static struct vcpu guest_vcpu;

/* An ID register field: 0 means the feature is absent. */
static unsigned long id_field(unsigned long id, unsigned shift)
{
	return (id >> shift) & ID_FIELD_MASK;
}

/*
 * EL2 registers of later extensions: UNKNOWN at reset where the CPU has
 * them, UNDEFINED where it does not, so the ID registers decide.
 *   HCRX_EL2 (FEAT_HCX) = 0: none of the extra EL1 controls it holds
 *   HFGRTR_EL2, HFGWTR_EL2, HFGITR_EL2, HDFGRTR_EL2, HDFGWTR_EL2
 *   (FEAT_FGT) = 0: no fine-grained traps, but for their "n" bits, where
 *   0 means trap: the registers of features this guest is not given
 *   (SME's SMPRI_EL1 and TPIDR2_EL0, and later ones), which then trap
 *   and read as undefined instructions
 * Binutils 2.40 knows none of them by name: their encodings are used.
 */
static void init_feature_traps(void)
{
	if (id_field(read_sysreg(id_aa64mmfr1_el1), ID_AA64MMFR1_EL1_HCX_SHIFT))
		write_sysreg(S3_4_C1_C2_2, 0);          /* HCRX_EL2 */
	if (id_field(read_sysreg(id_aa64mmfr0_el1), ID_AA64MMFR0_EL1_FGT_SHIFT)) {
		write_sysreg(S3_4_C1_C1_4, 0);          /* HFGRTR_EL2 */
		write_sysreg(S3_4_C1_C1_5, 0);          /* HFGWTR_EL2 */
		write_sysreg(S3_4_C1_C1_6, 0);          /* HFGITR_EL2 */
		write_sysreg(S3_4_C3_C1_4, 0);          /* HDFGRTR_EL2 */
		write_sysreg(S3_4_C3_C1_5, 0);          /* HDFGWTR_EL2 */
	}
}

/* The event counters EL1 may have: PMCR_EL0.N with an Arm PMU, else 0. */
static unsigned long pmu_counters(void)
{
	unsigned long pmuver = id_field(read_sysreg(id_aa64dfr0_el1),
					ID_AA64DFR0_EL1_PMUVER_SHIFT);

	if (pmuver == 0 || pmuver == ID_AA64DFR0_EL1_PMUVER_IMPDEF)
		return 0;
	return (read_sysreg(pmcr_el0) >> PMCR_EL0_N_SHIFT) & PMCR_EL0_N_MASK;
}

/* HCR_EL2_VALUE, and TLOR where FEAT_LOR gives it a meaning (bit 35 is
 * RES0 elsewhere): the LORegion registers then trap, and the guest,
 * which is not given the feature, gets an undefined instruction. */
static unsigned long hcr_value(void)
{
	if (id_field(read_sysreg(id_aa64mmfr1_el1), ID_AA64MMFR1_EL1_LO_SHIFT))
		return HCR_EL2_VALUE | HCR_EL2_TLOR;
	return HCR_EL2_VALUE;
}

/*
 * Everything at EL1 that the guest finds when it starts. On hardware these
 * registers hold UNKNOWN values after reset, so set each one.
 */
static void init_el1_state(void)
{
	/* At EL1, reads of MIDR_EL1 and MPIDR_EL1 return VPIDR_EL2 and
	 * VMPIDR_EL2. Show the guest the real values. */
	write_sysreg(vpidr_el2, read_sysreg(midr_el1));
	write_sysreg(vmpidr_el2, read_sysreg(mpidr_el1));

	/* MMU and caches off, little-endian. The guest sets its own vector
	 * base first thing. */
	write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
	write_sysreg(vbar_el1, 0);

	/* The Generic Timer: EL1 may read the physical counter and use its
	 * physical timer, and the virtual counter equals the physical one.
	 * The EL1 timers start disabled, and EL0 reaches no counter or timer
	 * until the guest says so in CNTKCTL_EL1: all three are UNKNOWN at
	 * reset, and a timer left enabled would fire at a guest that never
	 * asked for it. */
	write_sysreg(cnthctl_el2, CNTHCTL_EL2_EL1PCTEN | CNTHCTL_EL2_EL1PCEN);
	write_sysreg(cntvoff_el2, 0);
	write_sysreg(cntv_ctl_el0, 0);
	write_sysreg(cntp_ctl_el0, 0);
	write_sysreg(cntkctl_el1, 0);

	/* No traps of FP/SIMD, trace or CPACR_EL1 accesses (CPTR_EL2), and
	 * none of AArch32 CP15 registers either (HSTR_EL2, UNKNOWN at reset:
	 * a guest's AArch32 EL0 would otherwise trap at random). */
	write_sysreg(cptr_el2, CPTR_EL2_RES1);
	write_sysreg(hstr_el2, 0);
	init_feature_traps();

	/* No debug or PMU traps (MDCR_EL2, UNKNOWN at reset), and every event
	 * counter EL1's to use: HPMN = PMCR_EL0.N. PMCR_EL0 exists only with
	 * an Arm PMU (ID_AA64DFR0_EL1.PMUVer 1 to 14); without one HPMN is
	 * RES0. (A PMU with no counters, N = 0, would need FEAT_HPMN0 for
	 * HPMN = 0; it would give EL1 nothing to count either way.) */
	write_sysreg(mdcr_el2, pmu_counters() << MDCR_EL2_HPMN_SHIFT);

	write_sysreg(hcr_el2, hcr_value());
	isb();
}

/* HCR_EL2 in the log: its value, and the name of each bit set that this
 * chapter knows. */
static void print_hcr(void)
{
	static const struct {
		unsigned long bit;
		const char *name;
	} names[] = {
		{ HCR_EL2_RW, "RW" },     { HCR_EL2_TSC, "TSC" },
		{ HCR_EL2_TID3, "TID3" }, { HCR_EL2_TWI, "TWI" },   { HCR_EL2_IMO, "IMO" },
		{ HCR_EL2_AMO, "AMO" },   { HCR_EL2_TIDCP, "TIDCP" }, { HCR_EL2_TACR, "TACR" },
		{ HCR_EL2_TSW, "TSW" },   { HCR_EL2_TLOR, "TLOR" },
	};
	unsigned long hcr = read_sysreg(hcr_el2);
	const char *sep = "";

	kprintf("hyp: HCR_EL2 = 0x%08lx (", hcr);
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (hcr & names[i].bit) {
			kprintf("%s%s", sep, names[i].name);
			sep = " ";
		}
	}
	kprintf(")\n");
}

/*
 * boot.S wrote HCR_EL2.E2H = 0. A CPU without FEAT_E2H0 keeps it at 1
 * (it says so in ID_AA64MMFR4_EL1.E2H0, and some older ones only by
 * reading back 1): there every EL1 register name used at EL2 reaches an
 * EL2 register, and this hypervisor, written for E2H = 0, cannot run.
 */
static void check_e2h(void)
{
	unsigned long hcr = read_sysreg(hcr_el2);
	unsigned long mmfr4 = read_sysreg(S3_0_C0_C7_4);    /* ID_AA64MMFR4_EL1 */

	if ((hcr & HCR_EL2_E2H) || (mmfr4 & ID_AA64MMFR4_EL1_E2H0_NEGATIVE)) {
		kprintf("error: HCR_EL2.E2H is fixed at 1 on this CPU (HCR_EL2 "
			"0x%lx, ID_AA64MMFR4_EL1 0x%lx): it runs EL2 only as a "
			"VHE host, and this hypervisor needs E2H = 0\n", hcr, mmfr4);
		power_off();
	}
}

void main(void)
{
	unsigned el;

	uart_init();
	uart_puts("hello hypervisor\n");

	el = current_el();
	kprintf("running at EL%u\n", el);
	if (el != 2) {
		kprintf("error: a hypervisor needs EL2; start QEMU with "
			"-M virt,virtualization=on\n");
		power_off();
	}
	check_e2h();

	/* From here on, exceptions land in our table. */
	write_sysreg(vbar_el2, el2_vectors);
	write_sysreg(sctlr_el2, SCTLR_EL2_VALUE);
	isb();
	kprintf("VBAR_EL2 = 0x%lx\n", read_sysreg(vbar_el2));

	init_el1_state();
	print_hcr();

#ifdef TEST_PANIC
	/* The panic test: a load from an address where the board has
	 * nothing. The bus reports an external abort, which no handler
	 * expects, so the hypervisor must dump its registers and stop. */
	kprintf("test: loading from 0x%08lx, where nothing is mapped\n",
		UNMAPPED_PA);
	(void)*(volatile uint32_t *)UNMAPPED_PA;
	kprintf("error: the load from 0x%lx did not fault\n", UNMAPPED_PA);
#endif
#ifdef TEST_PANIC_NESTED
	/* The nested panic test: a panic whose frame lies where the board
	 * has nothing, so that dumping it faults inside the panic. */
	panic((const struct trap_frame *)UNMAPPED_PA, "test: a frame nobody can read");
#endif

	/* The guest's first registers: all zero but PC, PSTATE and its
	 * stack pointer, SP_EL1, which no trap saves or restores. */
	guest_vcpu.regs.elr = (unsigned long)guest_entry;
	guest_vcpu.regs.spsr = GUEST_SPSR;
	guest_vcpu.mpidr = read_sysreg(vmpidr_el2);
	write_sysreg(sp_el1, guest_stack_top);
	kprintf("hyp: entering the guest at 0x%lx (EL1h, DAIF masked)\n",
		guest_vcpu.regs.elr);
	guest_enter(&guest_vcpu);
}
