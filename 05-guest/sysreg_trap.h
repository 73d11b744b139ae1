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

/* Data cache maintenance by set/way, trapped by HCR_EL2.TSW: system
 * instructions (op0 = 1), not registers (op0 = 2 or 3). */
#define SYSREG_OP0_INSN         1
#define SYSREG_DC_ISW           SYSREG(1, 0, 7, 6, 2)   /* invalidate */
#define SYSREG_DC_CSW           SYSREG(1, 0, 7, 10, 2)  /* clean */
#define SYSREG_DC_CISW          SYSREG(1, 0, 7, 14, 2)  /* clean and invalidate */

struct sysreg_access sysreg_decode(unsigned long iss);
unsigned sysreg_encoding(const struct sysreg_access *a);

#endif
