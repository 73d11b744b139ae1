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
 * VM = 0: no stage-2 translation yet, so the guest reaches all memory.
 */
#define HCR_EL2_VALUE   (HCR_EL2_RW | HCR_EL2_TSC | HCR_EL2_TID3 | HCR_EL2_TWI)

/* The guest starts at EL1 using SP_EL1 (EL1h), with D, A, I, F masked. */
#define GUEST_SPSR      (SPSR_EL2_M_EL1H | PSTATE_D | PSTATE_A | PSTATE_I | \
			 PSTATE_F)

static struct vcpu guest_vcpu;

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
	 * physical timer, and the virtual counter equals the physical one. */
	write_sysreg(cnthctl_el2, CNTHCTL_EL2_EL1PCTEN | CNTHCTL_EL2_EL1PCEN);
	write_sysreg(cntvoff_el2, 0);

	/* No traps of FP/SIMD, trace or CPACR_EL1 accesses (CPTR_EL2), and
	 * no debug or PMU traps, with every event counter EL1's to use
	 * (MDCR_EL2.HPMN = PMCR_EL0.N, all other bits 0). */
	write_sysreg(cptr_el2, CPTR_EL2_RES1);
	write_sysreg(mdcr_el2, ((read_sysreg(pmcr_el0) >> PMCR_EL0_N_SHIFT) &
				PMCR_EL0_N_MASK) << MDCR_EL2_HPMN_SHIFT);

	write_sysreg(hcr_el2, HCR_EL2_VALUE);
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
