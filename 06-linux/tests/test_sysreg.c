/* Host tests for the trapped MSR/MRS decoder and the ID registers a guest
 * reads (sysreg_trap.c). */
#include <string.h>
#include "check.h"
#include "../sysreg_trap.c"

/* The ISS the CPU reports for MRS/MSR Xt, S<op0>_<op1>_C<n>_C<m>_<op2>. */
static unsigned long iss_of(unsigned op0, unsigned op1, unsigned crn,
			    unsigned crm, unsigned op2, unsigned rt, int read)
{
	return (unsigned long)op0 << 20 | (unsigned long)op2 << 17 |
	       (unsigned long)op1 << 14 | (unsigned long)crn << 10 |
	       (unsigned long)rt << 5 | (unsigned long)crm << 1 |
	       (read ? 1UL : 0UL);
}

int main(void)
{
	struct sysreg_access a;

	/* mrs x1, ID_AA64PFR0_EL1: ISS = op0 3 [21:20], op2 0, op1 0,
	 * CRn 0, Rt 1 [9:5], CRm 4 [4:1], Direction 1 [0]. */
	a = sysreg_decode(0x300029UL);
	CHECK(a.op0 == 3 && a.op1 == 0 && a.crn == 0 && a.crm == 4 && a.op2 == 0);
	CHECK(a.rt == 1 && a.read);
	CHECK(sysreg_encoding(&a) == SYSREG_ID_AA64PFR0_EL1);

	/* Every field at its extremes, alone, lands in its own place. */
	for (unsigned rt = 0; rt < 32; rt++) {
		a = sysreg_decode(iss_of(0, 0, 0, 0, 0, rt, 0));
		CHECK(a.rt == rt && !a.read && sysreg_encoding(&a) == 0);
	}
	a = sysreg_decode(iss_of(3, 7, 15, 15, 7, 31, 1));
	CHECK(a.op0 == 3 && a.op1 == 7 && a.crn == 15 && a.crm == 15 &&
	      a.op2 == 7 && a.rt == 31 && a.read);
	CHECK(sysreg_encoding(&a) == SYSREG(3, 7, 15, 15, 7));
	a = sysreg_decode(iss_of(0, 0, 0, 15, 0, 0, 0));
	CHECK(a.crm == 15 && a.crn == 0 && a.op2 == 0 && a.rt == 0);
	a = sysreg_decode(iss_of(0, 0, 15, 0, 0, 0, 0));
	CHECK(a.crn == 15 && a.crm == 0 && a.op1 == 0);
	a = sysreg_decode(iss_of(0, 7, 0, 0, 0, 0, 0));
	CHECK(a.op1 == 7 && a.crn == 0 && a.op2 == 0);
	a = sysreg_decode(iss_of(0, 0, 0, 0, 7, 0, 0));
	CHECK(a.op2 == 7 && a.op1 == 0 && a.op0 == 0);

	/* Bits outside the ISS fields (RES0 [24:22]) are ignored. */
	a = sysreg_decode(iss_of(3, 0, 0, 4, 0, 1, 1) | 0x1c00000UL);
	CHECK(sysreg_encoding(&a) == SYSREG_ID_AA64PFR0_EL1 && a.rt == 1);

	/* Encodings of different registers differ. */
	CHECK(SYSREG(3, 0, 0, 4, 0) != SYSREG(3, 0, 0, 4, 1));
	CHECK(SYSREG(3, 0, 0, 7, 7) != SYSREG(3, 0, 0, 4, 0));
	CHECK(SYSREG(3, 0, 0, 7, 7) == 0xc03f);

	/* The ID space: CRm 1 to 7, and nothing around it. */
	unsigned allocated = 0;
	for (unsigned crm = 0; crm < 16; crm++) {
		for (unsigned op2 = 0; op2 < 8; op2++) {
			unsigned enc = SYSREG(3, 0, 0, crm, op2);
			bool in = crm >= 1 && crm <= 7;

			CHECK(sysreg_is_id(enc) == in);
			if (!in) {
				CHECK(id_reg_name(enc) == 0);
				CHECK(id_reg_sanitise(enc, ~0UL, 0, 0) == 0);
				continue;
			}
			/* unallocated: zero whatever the CPU says */
			if (id_reg_name(enc) == 0)
				CHECK(id_reg_sanitise(enc, ~0UL, 0, 0) == 0);
			else
				allocated++;
		}
	}
	CHECK(allocated == 42);
	CHECK(!sysreg_is_id(SYSREG(3, 1, 0, 1, 0)) && !sysreg_is_id(SYSREG(3, 0, 1, 1, 0)) &&
	      !sysreg_is_id(SYSREG(2, 0, 0, 1, 0)));
	CHECK_STR(id_reg_name(SYSREG(3, 0, 0, 4, 0)), "ID_AA64PFR0_EL1");
	CHECK_STR(id_reg_name(SYSREG(3, 0, 0, 1, 0)), "ID_PFR0_EL1");
	CHECK_STR(id_reg_name(SYSREG(3, 0, 0, 3, 2)), "MVFR2_EL1");
	CHECK_STR(id_reg_name(SYSREG(3, 0, 0, 7, 2)), "ID_AA64MMFR2_EL1");
	CHECK(id_reg_name(SYSREG(3, 0, 0, 3, 3)) == 0 && id_reg_name(SYSREG(3, 0, 0, 7, 7)) == 0);

	/* ID_AA64PFR0_EL1 of a CPU with every field 1: EL2, RAS, MPAM and
	 * AMU hidden; SVE too while CPTR_EL2.TZ traps it. */
	unsigned long all1 = 0x1111111111111111UL;
	unsigned pfr0 = SYSREG(3, 0, 0, 4, 0);
	CHECK(id_reg_sanitise(pfr0, all1, CPTR_EL2_RES1, 0) == 0x1111001001111011UL);
	CHECK(id_reg_sanitise(pfr0, all1, CPTR_EL2_RES1 & ~CPTR_EL2_TZ, 0) ==
	      0x1111001101111011UL);
	/* a real one: cortex-a72's 0x1000000000002222 without EL2 */
	CHECK(id_reg_sanitise(pfr0, 0x1000000000002222UL, CPTR_EL2_RES1, 0) ==
	      0x1000000000002022UL);
	/* SVE's and SME's own registers, whole, while trapped */
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 4, 4), all1, CPTR_EL2_RES1, 0) == 0);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 4, 4), all1, 0, 0) == all1);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 4, 5), all1, CPTR_EL2_RES1, 0) == 0);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 4, 5), all1, CPTR_EL2_TZ, 0) == all1);
	/* ID_AA64PFR1_EL1: MTE, RAS_frac, MPAM_frac, SME, [63:36] */
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 4, 1), all1, CPTR_EL2_RES1, 0) ==
	      0x0000000110100011UL);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 4, 1), all1, 0, 0) == 0x0000000111100011UL);
	/* the PMU, as MDCR_EL2.TPM decides; SPE, TRBE, BRBE always */
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 5, 0), all1, 0, 0) == 0x1101011011111111UL);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 5, 0), all1, 0, MDCR_EL2_TPM) ==
	      0x1101011011111011UL);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 1, 2), all1, 0, 0) == all1);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 1, 2), all1, 0, MDCR_EL2_TPM) ==
	      0x1111111110111111UL);
	/* pointer authentication and LS64; and ISAR2's */
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 6, 1), all1, 0, 0) == 0x0111111100111001UL);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 6, 2), all1, 0, 0) == 0x1111110010100011UL);
	/* AArch32: RAS and AMU, EL2 */
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 1, 0), all1, 0, 0) == 0x1111111101011111UL);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 1, 1), all1, 0, 0) == 0x1111111110110111UL);
	CHECK(id_reg_sanitise(SYSREG(3, 0, 0, 3, 4), all1, 0, 0) == 0x1111111111111011UL);
	/* whole registers hidden; others passed as they are */
	static const unsigned hidden[][2] = {
		{ 1, 3 }, { 4, 2 }, { 4, 7 }, { 5, 1 }, { 5, 2 }, { 5, 4 }, { 5, 5 },
		{ 6, 3 }, { 7, 3 }, { 7, 4 },
	};
	for (unsigned i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		CHECK(id_reg_sanitise(SYSREG(3, 0, 0, hidden[i][0], hidden[i][1]),
				      ~0UL, 0, 0) == 0);
	static const unsigned passed[][2] = {
		{ 1, 4 }, { 1, 7 }, { 2, 0 }, { 2, 7 }, { 3, 0 }, { 3, 2 }, { 3, 5 },
		{ 3, 6 }, { 6, 0 }, { 7, 0 }, { 7, 1 }, { 7, 2 },
	};
	for (unsigned i = 0; i < sizeof(passed) / sizeof(passed[0]); i++)
		CHECK(id_reg_sanitise(SYSREG(3, 0, 0, passed[i][0], passed[i][1]),
				      0x123456789abcdef0UL, CPTR_EL2_RES1,
				      MDCR_EL2_TPM) == 0x123456789abcdef0UL);

	return check_done();
}
