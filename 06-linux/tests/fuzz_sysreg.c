/* Fuzzing the trapped MSR/MRS decoder: every ISS decodes to fields in
 * range, and packing them gives back the ISS's register encoding. And the
 * ID registers: whatever the CPU and the trap settings, the guest reads
 * no feature the CPU does not have, never EL2, and zero outside the
 * registers this hypervisor knows. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "../sysreg_trap.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint32_t iss;
	unsigned long hw, cptr, mdcr, v;

	if (size < sizeof(iss))
		return 0;
	memcpy(&iss, data, sizeof(iss));
	struct sysreg_access a = sysreg_decode(iss);
	if (a.op0 > 3 || a.op1 > 7 || a.crn > 15 || a.crm > 15 || a.op2 > 7 ||
	    a.rt > 31)
		__builtin_trap();
	if (sysreg_encoding(&a) != SYSREG(a.op0, a.op1, a.crn, a.crm, a.op2) ||
	    sysreg_encoding(&a) >= (1U << 16))
		__builtin_trap();
	if (a.read != (iss & 1))
		__builtin_trap();

	if (size < sizeof(iss) + 3 * sizeof(hw))
		return 0;
	memcpy(&hw, data + sizeof(iss), sizeof(hw));
	memcpy(&cptr, data + sizeof(iss) + sizeof(hw), sizeof(cptr));
	memcpy(&mdcr, data + sizeof(iss) + 2 * sizeof(hw), sizeof(mdcr));
	v = id_reg_sanitise(sysreg_encoding(&a), hw, cptr, mdcr);
	if ((v & ~hw) != 0)
		__builtin_trap();               /* a feature the CPU lacks */
	if (id_reg_name(sysreg_encoding(&a)) == 0 && v != 0)
		__builtin_trap();               /* unknown, yet not zero */
	if (sysreg_is_id(sysreg_encoding(&a)) !=
	    (a.op0 == 3 && a.op1 == 0 && a.crn == 0 && a.crm >= 1 && a.crm <= 7))
		__builtin_trap();
	if (sysreg_encoding(&a) == SYSREG_ID_AA64PFR0_EL1 &&
	    (v & ID_AA64PFR0_EL1_EL2_MASK) != 0)
		__builtin_trap();               /* EL2 shown */
	if (sysreg_encoding(&a) == SYSREG_ID_AA64PFR0_EL1 && (cptr & CPTR_EL2_TZ) &&
	    (v & ID_AA64PFR0_EL1_SVE) != 0)
		__builtin_trap();               /* SVE shown while trapped */
	return 0;
}
