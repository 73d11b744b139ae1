/*
 * Trapped MSR/MRS: what the ISS says about the access. Pure functions,
 * checked by tests/test_sysreg.c on the host.
 */
#include "sysreg_trap.h"
#include "sysregs.h"

#define FIELD(iss, shift, bits) ((unsigned)(((iss) >> (shift)) & ((1UL << (bits)) - 1)))

struct sysreg_access sysreg_decode(unsigned long iss)
{
	struct sysreg_access a = {
		.op0  = FIELD(iss, ESR_ISS_SYS_OP0_SHIFT, 2),
		.op1  = FIELD(iss, ESR_ISS_SYS_OP1_SHIFT, 3),
		.crn  = FIELD(iss, ESR_ISS_SYS_CRN_SHIFT, 4),
		.crm  = FIELD(iss, ESR_ISS_SYS_CRM_SHIFT, 4),
		.op2  = FIELD(iss, ESR_ISS_SYS_OP2_SHIFT, 3),
		.rt   = FIELD(iss, ESR_ISS_SYS_RT_SHIFT, 5),
		.read = (iss & ESR_ISS_SYS_READ) != 0,
	};
	return a;
}

unsigned sysreg_encoding(const struct sysreg_access *a)
{
	return SYSREG(a->op0, a->op1, a->crn, a->crm, a->op2);
}
