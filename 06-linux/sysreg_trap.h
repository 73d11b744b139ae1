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
/* SGIs are sent by writing these; with HCR_EL2.IMO (FMO for Group 0)
 * a guest's write traps: the virtual CPU interface has none of them. */
#define SYSREG_ICC_SGI1R_EL1    SYSREG(3, 0, 12, 11, 5)
#define SYSREG_ICC_ASGI1R_EL1   SYSREG(3, 0, 12, 11, 6)
#define SYSREG_ICC_SGI0R_EL1    SYSREG(3, 0, 12, 11, 7)

/* Data cache maintenance by set/way, trapped by HCR_EL2.TSW: system
 * instructions (op0 = 1), not registers (op0 = 2 or 3). */
#define SYSREG_OP0_INSN         1
#define SYSREG_DC_ISW           SYSREG(1, 0, 7, 6, 2)   /* invalidate */
#define SYSREG_DC_CSW           SYSREG(1, 0, 7, 10, 2)  /* clean */
#define SYSREG_DC_CISW          SYSREG(1, 0, 7, 14, 2)  /* clean and invalidate */
/* The ID space that HCR_EL2.TID3 traps: op0 3, op1 0, CRn 0, CRm 1 to 7,
 * any op2. An encoding in it that no register has reads as zero. */
#define SYSREG_ID_FIRST         SYSREG(3, 0, 0, 1, 0)
#define SYSREG_ID_LAST          SYSREG(3, 0, 0, 7, 7)

struct sysreg_access sysreg_decode(unsigned long iss);
unsigned sysreg_encoding(const struct sysreg_access *a);

/* Is the encoding in the ID space? */
bool sysreg_is_id(unsigned encoding);

/* The name of the ID register at an encoding of the ID space, or 0 if
 * this hypervisor knows no register there. */
const char *id_reg_name(unsigned encoding);

/* What the guest reads from the ID register at `encoding`: the CPU's
 * value `hw` with every feature hidden that the guest is not given, as
 * the trap settings CPTR_EL2 and MDCR_EL2 decide for some of them; zero
 * for an encoding id_reg_name() does not know. */
unsigned long id_reg_sanitise(unsigned encoding, unsigned long hw,
			      unsigned long cptr_el2, unsigned long mdcr_el2);

#endif
