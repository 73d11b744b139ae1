/* Fuzzing the trapped MSR/MRS decoder: every ISS decodes to fields in
 * range, and packing them gives back the ISS's register encoding. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "../sysreg_trap.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint32_t iss;

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
	return 0;
}
