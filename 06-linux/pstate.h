/*
 * PSTATE as the CPU changes it, for the two things the hypervisor does in
 * the CPU's place: taking an exception to the guest's EL1 (an injected
 * one), and completing an instruction it emulated. The rules are the Arm
 * ARM's pseudocode, AArch64.TakeException() and the end of every
 * instruction; these are pure functions of register values, so that the
 * host tests can check them (tests/test_pstate.c).
 */
#ifndef PSTATE_H
#define PSTATE_H

#include <stdbool.h>
#include "sysregs.h"
#include "vectors.h"

/* Which optional PSTATE bits this CPU has: a bit of a feature the CPU
 * lacks is RES0, and the CPU never sets it. */
struct pstate_features {
	bool pan, dit, ssbs, mte;
};

static inline unsigned id_field(unsigned long id, unsigned shift)
{
	return (unsigned)((id >> shift) & ID_FIELD_MASK);
}

/* From ID_AA64PFR0_EL1, ID_AA64PFR1_EL1 and ID_AA64MMFR1_EL1. */
static inline struct pstate_features pstate_features(unsigned long pfr0,
						     unsigned long pfr1,
						     unsigned long mmfr1)
{
	struct pstate_features f = {
		.pan  = id_field(mmfr1, ID_AA64MMFR1_EL1_PAN_SHIFT) != 0,
		.dit  = id_field(pfr0, ID_AA64PFR0_EL1_DIT_SHIFT) != 0,
		.ssbs = id_field(pfr1, ID_AA64PFR1_EL1_SSBS_SHIFT) != 0,
		.mte  = id_field(pfr1, ID_AA64PFR1_EL1_MTE_SHIFT) != 0,
	};
	return f;
}

/*
 * The vector a synchronous exception taken to EL1 goes to, by where the
 * guest was (SPSR_EL2.M): VBAR_EL1 + 0x80 * the kind returned.
 *
 *   from                          M[4:0]     offset
 *   EL1, using SP_EL0 (EL1t)      0b00100    0x000
 *   EL1, using SP_EL1 (EL1h)      0b00101    0x200
 *   EL0 in AArch64 (EL0t)         0b00000    0x400
 *   EL0 in AArch32 (User mode)    0b10000    0x600
 *
 * EL1 itself is always AArch64 here (HCR_EL2.RW), so an AArch32 source
 * is EL0.
 */
static inline unsigned el1_sync_vector(unsigned long spsr)
{
	if (spsr & PSTATE_M_AARCH32)
		return VEC_LOWER_A32_SYNC;
	switch (spsr & SPSR_EL2_M_MASK) {
	case SPSR_EL2_M_EL1H:
		return VEC_CURR_SPX_SYNC;
	case SPSR_EL2_M_EL1T:
		return VEC_CURR_SP0_SYNC;
	default:
		return VEC_LOWER_A64_SYNC;
	}
}

/*
 * PSTATE on entry to EL1, from the PSTATE the guest had (spsr) and its
 * SCTLR_EL1, as AArch64.TakeException() sets it:
 *
 *   M       EL1h
 *   D A I F 1: every exception masked
 *   N Z C V kept
 *   DIT     kept (FEAT_DIT)
 *   PAN     1 if SCTLR_EL1.SPAN is 0, else kept (FEAT_PAN)
 *   SSBS    SCTLR_EL1.DSSBS (FEAT_SSBS)
 *   TCO     1 (FEAT_MTE)
 *   IL, SS, BTYPE, UAO, and AArch32's IT, T, E: 0
 *
 * The kept bits sit at the same place in an AArch32 source's SPSR.
 */
static inline unsigned long el1_entry_pstate(unsigned long spsr,
					     unsigned long sctlr_el1,
					     struct pstate_features f)
{
	unsigned long pstate = (spsr & PSTATE_NZCV_MASK) | SPSR_EL2_M_EL1H |
			       PSTATE_D | PSTATE_A | PSTATE_I | PSTATE_F;

	if (f.dit)
		pstate |= spsr & PSTATE_DIT;
	if (f.pan)
		pstate |= (sctlr_el1 & SCTLR_EL1_SPAN) ? spsr & PSTATE_PAN : PSTATE_PAN;
	if (f.ssbs && (sctlr_el1 & SCTLR_EL1_DSSBS))
		pstate |= PSTATE_SSBS;
	if (f.mte)
		pstate |= PSTATE_TCO;
	return pstate;
}

/* The length of the instruction that trapped: ESR_EL2.IL is 0 for a
 * 16-bit T32 instruction, 1 for every other. (2 bytes, plus 2 for IL:
 * bit 25 moved to bit 1 costs fewer instructions than a choice.) */
static inline unsigned long trapped_insn_length(unsigned long esr)
{
	return 2 + ((esr & ESR_EL2_IL) >> 24);
}

/*
 * AArch32's IT state after one instruction of an IT block (the Arm ARM's
 * ITAdvance()): IT[7:5] is the block's base condition, IT[4:0] what is
 * left of it. When IT[2:0] is 0 the block has ended.
 */
#define IT_BASE_COND            0xe0U
#define IT_REST                 0x1fU
#define IT_LAST                 0x07U

static inline unsigned long pstate_it_advance(unsigned long spsr)
{
	unsigned it = (unsigned)(((spsr & PSTATE_IT_LO_MASK) >> PSTATE_IT_LO_SHIFT) |
				 ((spsr & PSTATE_IT_HI_MASK) >> PSTATE_IT_HI_SHIFT << 2));

	if ((it & IT_LAST) == 0)
		it = 0;
	else
		it = (it & IT_BASE_COND) | ((it << 1) & IT_REST);
	return (spsr & ~(PSTATE_IT_LO_MASK | PSTATE_IT_HI_MASK)) |   /* IT[1:0], IT[7:2] */
	       ((unsigned long)(it & 3) << PSTATE_IT_LO_SHIFT) |
	       ((unsigned long)(it >> 2) << PSTATE_IT_HI_SHIFT);
}

/*
 * PSTATE after an instruction the hypervisor completed for the guest,
 * as after any instruction: no branch type pending (BTYPE 0, AArch64),
 * the IT block one step on (AArch32), and SS 0, so that a debugger
 * single-stepping the guest sees this instruction as its step.
 */
static inline unsigned long pstate_after_insn(unsigned long spsr)
{
	if (spsr & PSTATE_M_AARCH32)
		return pstate_it_advance(spsr & ~PSTATE_SS);
	return spsr & ~PSTATE_SS & ~PSTATE_BTYPE_MASK;
}

#endif
