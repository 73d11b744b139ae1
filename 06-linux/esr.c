/*
 * Names for the ESR_ELx exception classes and fault status codes of the
 * Arm ARM's ESR_EL2 page. A few that newer extensions added are not
 * named and print as reserved: EC 0x14, 0x2D and 0x3D, and the fault
 * codes of FEAT_LPA2's level -1, FEAT_D128 and FEAT_RME.
 */
#include "esr.h"

static const char *const ec_names[64] = {
	[0x00] = "unknown reason",
	[0x01] = "trapped WFI or WFE",
	[0x03] = "trapped MCR or MRC (coproc 0b1111), AArch32",
	[0x04] = "trapped MCRR or MRRC (coproc 0b1111), AArch32",
	[0x05] = "trapped MCR or MRC (coproc 0b1110), AArch32",
	[0x06] = "trapped LDC or STC, AArch32",
	[0x07] = "trapped SVE, SIMD or floating-point access",
	[0x08] = "trapped VMRS, AArch32",
	[0x09] = "trapped pointer authentication instruction",
	[0x0a] = "trapped LD64B or ST64B",
	[0x0c] = "trapped MRRC (coproc 0b1110), AArch32",
	[0x0d] = "branch target exception",
	[0x0e] = "illegal execution state",
	[0x11] = "SVC in AArch32",
	[0x12] = "HVC in AArch32",
	[0x13] = "SMC in AArch32",
	[0x15] = "SVC in AArch64",
	[0x16] = "HVC in AArch64",
	[0x17] = "SMC in AArch64",
	[0x18] = "trapped MSR, MRS or system instruction",
	[0x19] = "trapped SVE access",
	[0x1a] = "trapped ERET, ERETAA or ERETAB",
	[0x1b] = "trapped TSTART",
	[0x1c] = "pointer authentication failure",
	[0x1d] = "trapped SME access",
	[0x20] = "instruction abort from a lower EL",
	[0x21] = "instruction abort from the current EL",
	[0x22] = "PC alignment fault",
	[0x24] = "data abort from a lower EL",
	[0x25] = "data abort from the current EL",
	[0x26] = "SP alignment fault",
	[0x27] = "memory operation (MOPS) exception",
	[0x28] = "trapped floating-point exception, AArch32",
	[0x2c] = "trapped floating-point exception, AArch64",
	[0x2f] = "SError",
	[0x30] = "breakpoint from a lower EL",
	[0x31] = "breakpoint from the current EL",
	[0x32] = "software step from a lower EL",
	[0x33] = "software step from the current EL",
	[0x34] = "watchpoint from a lower EL",
	[0x35] = "watchpoint from the current EL",
	[0x38] = "BKPT in AArch32",
	[0x3a] = "vector catch, AArch32",
	[0x3c] = "BRK in AArch64",
};

const char *esr_ec_name(unsigned ec)
{
	if (ec < 64 && ec_names[ec] != 0)
		return ec_names[ec];
	return "reserved EC";
}

bool esr_is_abort(unsigned ec)
{
	return ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25;
}

static const char *const fsc_names[64] = {
	[0x00] = "address size fault, level 0",
	[0x01] = "address size fault, level 1",
	[0x02] = "address size fault, level 2",
	[0x03] = "address size fault, level 3",
	[0x04] = "translation fault, level 0",
	[0x05] = "translation fault, level 1",
	[0x06] = "translation fault, level 2",
	[0x07] = "translation fault, level 3",
	[0x08] = "access flag fault, level 0",
	[0x09] = "access flag fault, level 1",
	[0x0a] = "access flag fault, level 2",
	[0x0b] = "access flag fault, level 3",
	[0x0c] = "permission fault, level 0",
	[0x0d] = "permission fault, level 1",
	[0x0e] = "permission fault, level 2",
	[0x0f] = "permission fault, level 3",
	[0x10] = "synchronous external abort",
	[0x11] = "synchronous tag check fault",
	[0x14] = "synchronous external abort on table walk, level 0",
	[0x15] = "synchronous external abort on table walk, level 1",
	[0x16] = "synchronous external abort on table walk, level 2",
	[0x17] = "synchronous external abort on table walk, level 3",
	[0x18] = "synchronous parity or ECC error",
	[0x1c] = "synchronous parity or ECC error on table walk, level 0",
	[0x1d] = "synchronous parity or ECC error on table walk, level 1",
	[0x1e] = "synchronous parity or ECC error on table walk, level 2",
	[0x1f] = "synchronous parity or ECC error on table walk, level 3",
	[0x21] = "alignment fault",
	[0x30] = "TLB conflict abort",
	[0x31] = "unsupported atomic hardware update fault",
	[0x34] = "implementation defined fault (lockdown)",
	[0x35] = "implementation defined fault (unsupported exclusive or atomic)",
};

const char *esr_fsc_name(unsigned fsc)
{
	if (fsc < 64 && fsc_names[fsc] != 0)
		return fsc_names[fsc];
	return "reserved FSC";
}
