/* Host tests for the trapped MSR/MRS decoder (sysreg_trap.c). */
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

	return check_done();
}
