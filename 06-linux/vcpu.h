/*
 * A virtual CPU: the guest's registers while the hypervisor runs.
 *
 * When the guest traps, the lower-EL vectors save its registers here (not
 * on the EL2 stack) and the handlers read and change them: "the guest's
 * x0" is vcpu->regs.x[0]. On the way back, vectors.S loads the guest's
 * registers from here and ERETs. TPIDR_EL2 points at the running vcpu.
 */
#ifndef VCPU_H
#define VCPU_H

#include "stage2.h"
#include "trap_frame.h"

#ifndef __ASSEMBLER__
/* For a vcpu, the trap frame's fields mean:
 *   x[0..30]  the guest's general-purpose registers
 *   elr       the guest's PC (ELR_EL2)
 *   spsr      the guest's PSTATE (SPSR_EL2)
 *   esr       the syndrome of the last trap
 *   sp, far   not saved on a trap: filled in (from SP_EL1 and FAR_EL2)
 *             by the code that needs them */
struct vcpu {
	struct trap_frame regs;
	unsigned long mpidr;    /* its MPIDR_EL1 (VMPIDR_EL2): the CPU that PSCI
				   calls name */
	struct stage2 *s2;      /* the guest's memory: what its IPAs mean */
};

_Static_assert(offsetof(struct vcpu, regs) == 0,
	       "vectors.S addresses the registers from the vcpu pointer");

/* Load the vcpu's registers and ERET into the guest (vectors.S). Every
 * later trap returns to the guest the same way; this never returns. */
void guest_enter(struct vcpu *vcpu) __attribute__((noreturn));
#endif

#endif
