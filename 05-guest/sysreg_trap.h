/*
 * Decoding a trapped MSR or MRS (ESR_EL2.EC 0x18) from its ISS.
 */
#ifndef SYSREG_TRAP_H
#define SYSREG_TRAP_H

#include <stdbool.h>

/* A system register is named by five numbers; MRS Xt, S<op0>_<op1>_C<CRn>_C<CRm>_<op2>. */
struct sysreg_access {
	unsigned op0, op1, crn, crm, op2;
	unsigned rt;            /* the general-purpose register, 31 = XZR */
	bool read;              /* MRS (true) or MSR (false) */
};

/* Pack the five numbers into one value, to compare and switch on. */
#define SYSREG(op0, op1, crn, crm, op2) \
	(((op0) << 14) | ((op1) << 11) | ((crn) << 7) | ((crm) << 3) | (op2))

#define SYSREG_ID_AA64PFR0_EL1  SYSREG(3, 0, 0, 4, 0)

struct sysreg_access sysreg_decode(unsigned long iss);
unsigned sysreg_encoding(const struct sysreg_access *a);

#endif
