/*
 * Trapped MSR/MRS: what the ISS says about the access, and what a guest
 * reads from the ID registers. Pure functions, checked by
 * tests/test_sysreg.c on the host.
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

bool sysreg_is_id(unsigned encoding)
{
	return encoding >= SYSREG_ID_FIRST && encoding <= SYSREG_ID_LAST;
}

#define ID_INDEX(crm, op2)      (((crm) - 1) * 8 + (op2))
#define ID_ALL                  (~0UL)

/*
 * Every ID register of the ID space, and the fields the guest reads as 0
 * whatever the CPU has (ID_ALL: the whole register). What is hidden, and
 * why:
 *   EL2            no nested virtualization: the guest gets EL1 and EL0
 *   RAS            no error records are given to the guest (it would
 *                  reach the physical ones), and SErrors are EL2's
 *   AMU            the activity monitors count the CPU, the hypervisor's
 *                  work included; nothing virtualizes them
 *   MPAM           its EL1 registers need EL2's partition mapping
 *   MTE            HCR_EL2.ATA = 0: tags and their registers trap
 *   pointer auth   HCR_EL2.API = APK = 0: its instructions and keys trap
 *   SPE, TRBE      MDCR_EL2.E2PB = E2TB = 0: their registers trap
 *   BRBE, LS64, MOPS, 128-bit system registers, and the newer fields of
 *                  ID_AA64PFR1_EL1: each needs an EL2 enable (in HCRX_EL2
 *                  or the fine-grained traps) this hypervisor leaves off
 *   whole registers: the auxiliary ones (IMPLEMENTATION DEFINED, nothing
 *                  to know them by), and those newer than this
 *                  hypervisor, which it cannot vouch for
 * SVE and SME (while CPTR_EL2 traps them) and the PMU (while MDCR_EL2
 * does) are hidden in id_reg_sanitise().
 */
static const struct {
	const char *name;
	unsigned long hide;
} id_regs[ID_INDEX(7, 7) + 1] = {
	[ID_INDEX(1, 0)] = { "ID_PFR0_EL1", ID_PFR0_EL1_RAS | ID_PFR0_EL1_AMU },
	[ID_INDEX(1, 1)] = { "ID_PFR1_EL1", ID_PFR1_EL1_VIRTUALIZATION |
					    ID_PFR1_EL1_VIRT_FRAC },
	[ID_INDEX(1, 2)] = { "ID_DFR0_EL1", 0 },
	[ID_INDEX(1, 3)] = { "ID_AFR0_EL1", ID_ALL },
	[ID_INDEX(1, 4)] = { "ID_MMFR0_EL1", 0 },
	[ID_INDEX(1, 5)] = { "ID_MMFR1_EL1", 0 },
	[ID_INDEX(1, 6)] = { "ID_MMFR2_EL1", 0 },
	[ID_INDEX(1, 7)] = { "ID_MMFR3_EL1", 0 },
	[ID_INDEX(2, 0)] = { "ID_ISAR0_EL1", 0 },
	[ID_INDEX(2, 1)] = { "ID_ISAR1_EL1", 0 },
	[ID_INDEX(2, 2)] = { "ID_ISAR2_EL1", 0 },
	[ID_INDEX(2, 3)] = { "ID_ISAR3_EL1", 0 },
	[ID_INDEX(2, 4)] = { "ID_ISAR4_EL1", 0 },
	[ID_INDEX(2, 5)] = { "ID_ISAR5_EL1", 0 },
	[ID_INDEX(2, 6)] = { "ID_MMFR4_EL1", 0 },
	[ID_INDEX(2, 7)] = { "ID_ISAR6_EL1", 0 },
	[ID_INDEX(3, 0)] = { "MVFR0_EL1", 0 },
	[ID_INDEX(3, 1)] = { "MVFR1_EL1", 0 },
	[ID_INDEX(3, 2)] = { "MVFR2_EL1", 0 },
	[ID_INDEX(3, 4)] = { "ID_PFR2_EL1", ID_PFR2_EL1_RAS_FRAC },
	[ID_INDEX(3, 5)] = { "ID_DFR1_EL1", 0 },
	[ID_INDEX(3, 6)] = { "ID_MMFR5_EL1", 0 },
	[ID_INDEX(4, 0)] = { "ID_AA64PFR0_EL1", ID_AA64PFR0_EL1_EL2_MASK |
		ID_AA64PFR0_EL1_RAS | ID_AA64PFR0_EL1_MPAM | ID_AA64PFR0_EL1_AMU },
	[ID_INDEX(4, 1)] = { "ID_AA64PFR1_EL1", ID_AA64PFR1_EL1_MTE |
		ID_AA64PFR1_EL1_RAS_FRAC | ID_AA64PFR1_EL1_MPAM_FRAC |
		ID_AA64PFR1_EL1_NEWER },
	[ID_INDEX(4, 2)] = { "ID_AA64PFR2_EL1", ID_ALL },
	[ID_INDEX(4, 4)] = { "ID_AA64ZFR0_EL1", 0 },
	[ID_INDEX(4, 5)] = { "ID_AA64SMFR0_EL1", 0 },
	[ID_INDEX(4, 7)] = { "ID_AA64FPFR0_EL1", ID_ALL },
	[ID_INDEX(5, 0)] = { "ID_AA64DFR0_EL1", ID_AA64DFR0_EL1_PMSVER |
		ID_AA64DFR0_EL1_TRACEBUFFER | ID_AA64DFR0_EL1_BRBE },
	[ID_INDEX(5, 1)] = { "ID_AA64DFR1_EL1", ID_ALL },
	[ID_INDEX(5, 2)] = { "ID_AA64DFR2_EL1", ID_ALL },
	[ID_INDEX(5, 4)] = { "ID_AA64AFR0_EL1", ID_ALL },
	[ID_INDEX(5, 5)] = { "ID_AA64AFR1_EL1", ID_ALL },
	[ID_INDEX(6, 0)] = { "ID_AA64ISAR0_EL1", 0 },
	[ID_INDEX(6, 1)] = { "ID_AA64ISAR1_EL1", ID_AA64ISAR1_EL1_APA |
		ID_AA64ISAR1_EL1_API | ID_AA64ISAR1_EL1_GPA | ID_AA64ISAR1_EL1_GPI |
		ID_AA64ISAR1_EL1_LS64 },
	[ID_INDEX(6, 2)] = { "ID_AA64ISAR2_EL1", ID_AA64ISAR2_EL1_GPA3 |
		ID_AA64ISAR2_EL1_APA3 | ID_AA64ISAR2_EL1_MOPS |
		ID_AA64ISAR2_EL1_PAC_FRAC | ID_AA64ISAR2_EL1_SYSREG_128 |
		ID_AA64ISAR2_EL1_SYSINSTR_128 },
	[ID_INDEX(6, 3)] = { "ID_AA64ISAR3_EL1", ID_ALL },
	[ID_INDEX(7, 0)] = { "ID_AA64MMFR0_EL1", 0 },
	[ID_INDEX(7, 1)] = { "ID_AA64MMFR1_EL1", 0 },
	[ID_INDEX(7, 2)] = { "ID_AA64MMFR2_EL1", 0 },
	[ID_INDEX(7, 3)] = { "ID_AA64MMFR3_EL1", ID_ALL },
	[ID_INDEX(7, 4)] = { "ID_AA64MMFR4_EL1", ID_ALL },
};

const char *id_reg_name(unsigned encoding)
{
	if (!sysreg_is_id(encoding))
		return 0;
	return id_regs[encoding - SYSREG_ID_FIRST].name;
}

unsigned long id_reg_sanitise(unsigned encoding, unsigned long hw,
			      unsigned long cptr_el2, unsigned long mdcr_el2)
{
	unsigned long hide;

	if (id_reg_name(encoding) == 0)
		return 0;
	hide = id_regs[encoding - SYSREG_ID_FIRST].hide;
	switch (encoding) {
	case SYSREG(3, 0, 0, 4, 0):     /* ID_AA64PFR0_EL1 */
		if (cptr_el2 & CPTR_EL2_TZ)
			hide |= ID_AA64PFR0_EL1_SVE;
		break;
	case SYSREG(3, 0, 0, 4, 4):     /* ID_AA64ZFR0_EL1: SVE's features */
		if (cptr_el2 & CPTR_EL2_TZ)
			hide = ID_ALL;
		break;
	case SYSREG(3, 0, 0, 4, 1):     /* ID_AA64PFR1_EL1 */
		if (cptr_el2 & CPTR_EL2_TSM)
			hide |= ID_AA64PFR1_EL1_SME;
		break;
	case SYSREG(3, 0, 0, 4, 5):     /* ID_AA64SMFR0_EL1: SME's features */
		if (cptr_el2 & CPTR_EL2_TSM)
			hide = ID_ALL;
		break;
	case SYSREG(3, 0, 0, 5, 0):     /* ID_AA64DFR0_EL1 */
		if (mdcr_el2 & MDCR_EL2_TPM)
			hide |= ID_AA64DFR0_EL1_PMUVER;
		break;
	case SYSREG(3, 0, 0, 1, 2):     /* ID_DFR0_EL1 */
		if (mdcr_el2 & MDCR_EL2_TPM)
			hide |= ID_DFR0_EL1_PERFMON;
		break;
	}
	return hw & ~hide;
}
