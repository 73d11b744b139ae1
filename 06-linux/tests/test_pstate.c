/* Host tests for pstate.h: the vector and PSTATE of an exception taken
 * to EL1, and PSTATE after an emulated instruction. */
#include "check.h"
#include "../pstate.h"

#define EL0T                    0x0UL
#define AARCH32_USR             PSTATE_M_AARCH32        /* M[3:0] = 0 */
#define IT(it)                  ((((unsigned long)(it) & 3) << PSTATE_IT_LO_SHIFT) | \
				 (((unsigned long)(it) >> 2) << PSTATE_IT_HI_SHIFT))

static const struct pstate_features none, all = { true, true, true, true };

static void test_vector(void)
{
	CHECK(el1_sync_vector(SPSR_EL2_M_EL1T) * VEC_SLOT_SIZE == 0x000);
	CHECK(el1_sync_vector(SPSR_EL2_M_EL1H) * VEC_SLOT_SIZE == 0x200);
	CHECK(el1_sync_vector(EL0T) * VEC_SLOT_SIZE == 0x400);
	CHECK(el1_sync_vector(AARCH32_USR | PSTATE_T) * VEC_SLOT_SIZE == 0x600);
	CHECK(el1_sync_vector(AARCH32_USR | PSTATE_NZCV_MASK) * VEC_SLOT_SIZE == 0x600);
	/* other PSTATE bits do not change the choice */
	CHECK(el1_sync_vector(SPSR_EL2_M_EL1H | PSTATE_PAN | PSTATE_D) == VEC_CURR_SPX_SYNC);
}

static void test_features(void)
{
	struct pstate_features f = pstate_features(1UL << ID_AA64PFR0_EL1_DIT_SHIFT,
						   2UL << ID_AA64PFR1_EL1_SSBS_SHIFT |
						   1UL << ID_AA64PFR1_EL1_MTE_SHIFT,
						   3UL << ID_AA64MMFR1_EL1_PAN_SHIFT);

	CHECK(f.dit && f.ssbs && f.mte && f.pan);
	f = pstate_features(0xfUL << 8, 0xfUL << 12, 0xfUL << 16);  /* neighbours only */
	CHECK(!f.dit && !f.ssbs && !f.mte && !f.pan);
}

#define ENTRY_FIXED (SPSR_EL2_M_EL1H | PSTATE_D | PSTATE_A | PSTATE_I | PSTATE_F)

static void test_entry(void)
{
	unsigned long everything = ~0UL & 0xffffffffUL;
	unsigned long p;

	/* M = EL1h, DAIF set, NZCV kept; nothing else without features */
	CHECK(el1_entry_pstate(EL0T, SCTLR_EL1_SPAN, none) == ENTRY_FIXED);
	CHECK(el1_entry_pstate(EL0T | PSTATE_NZCV_MASK, 0, none) == (ENTRY_FIXED | PSTATE_NZCV_MASK));
	CHECK(el1_entry_pstate(everything, 0, none) == (ENTRY_FIXED | PSTATE_NZCV_MASK));

	/* PAN: set when SPAN = 0, kept when SPAN = 1 */
	CHECK(el1_entry_pstate(SPSR_EL2_M_EL1H, 0, all) & PSTATE_PAN);
	CHECK(!(el1_entry_pstate(SPSR_EL2_M_EL1H, SCTLR_EL1_SPAN, all) & PSTATE_PAN));
	CHECK(el1_entry_pstate(SPSR_EL2_M_EL1H | PSTATE_PAN, SCTLR_EL1_SPAN, all) & PSTATE_PAN);
	CHECK(el1_entry_pstate(AARCH32_USR | PSTATE_PAN, SCTLR_EL1_SPAN, all) & PSTATE_PAN);

	/* DIT kept; SSBS from DSSBS, not from before; TCO set */
	p = el1_entry_pstate(EL0T | PSTATE_DIT | PSTATE_SSBS, SCTLR_EL1_SPAN, all);
	CHECK(p == (ENTRY_FIXED | PSTATE_DIT | PSTATE_TCO));
	p = el1_entry_pstate(EL0T, SCTLR_EL1_SPAN | SCTLR_EL1_DSSBS, all);
	CHECK(p == (ENTRY_FIXED | PSTATE_SSBS | PSTATE_TCO));

	/* IL, SS, BTYPE, UAO and AArch32's IT, T, E, GE, Q: never on entry */
	p = el1_entry_pstate(everything, SCTLR_EL1_SPAN, all);
	CHECK(!(p & (PSTATE_IL | PSTATE_SS | PSTATE_BTYPE_MASK | PSTATE_UAO |
		     PSTATE_IT_HI_MASK | PSTATE_T | PSTATE_M_AARCH32)));
	CHECK(p == (ENTRY_FIXED | PSTATE_NZCV_MASK | PSTATE_DIT | PSTATE_PAN | PSTATE_TCO));
}

static void test_step(void)
{
	CHECK(trapped_insn_length(ESR_EL2_IL) == 4);
	CHECK(trapped_insn_length(0) == 2);
	CHECK(trapped_insn_length(~ESR_EL2_IL) == 2);

	/* AArch64: BTYPE and SS cleared, the rest kept */
	CHECK(pstate_after_insn(SPSR_EL2_M_EL1H | PSTATE_BTYPE_MASK | PSTATE_SS |
				PSTATE_PAN | PSTATE_NZCV_MASK) ==
	      (SPSR_EL2_M_EL1H | PSTATE_PAN | PSTATE_NZCV_MASK));

	/* AArch32: bits [11:10] are IT[3:2], not BTYPE; IT moves on */
	CHECK(pstate_after_insn(AARCH32_USR | PSTATE_T | PSTATE_SS) == (AARCH32_USR | PSTATE_T));
	/* ITE EQ: 0x0c, then 0x18 (the else), then the block ends */
	CHECK(pstate_after_insn(AARCH32_USR | PSTATE_T | IT(0x0c)) == (AARCH32_USR | PSTATE_T | IT(0x18)));
	CHECK(pstate_after_insn(AARCH32_USR | PSTATE_T | IT(0x18)) == (AARCH32_USR | PSTATE_T));
	/* ITTTT NE: 0x1f, 0x1e, 0x1c, 0x18, then the end; IT[7:5] kept */
	CHECK(pstate_it_advance(IT(0x1f)) == IT(0x1e));
	CHECK(pstate_it_advance(IT(0x1e)) == IT(0x1c));
	CHECK(pstate_it_advance(IT(0x1c)) == IT(0x18));
	CHECK(pstate_it_advance(IT(0x18)) == 0);
	CHECK(pstate_it_advance(IT(0xe4) | PSTATE_E) == (IT(0xe8) | PSTATE_E));
}

int main(void)
{
	test_vector();
	test_features();
	test_entry();
	test_step();
	return check_done();
}
