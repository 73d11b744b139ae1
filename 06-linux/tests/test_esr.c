/* Host tests for the ESR_EL2 decoder (esr.c). */
#include <string.h>
#include "check.h"
#include "../esr.c"

/* Every exception class esr.c names (esr.c says which it leaves out),
 * and nothing else. */
static const unsigned defined_ecs[] = {
	0x00, 0x01, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0c,
	0x0d, 0x0e, 0x11, 0x12, 0x13, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a,
	0x1b, 0x1c, 0x1d, 0x20, 0x21, 0x22, 0x24, 0x25, 0x26, 0x27, 0x28,
	0x2c, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x38, 0x3a, 0x3c,
};

static int is_defined(unsigned ec)
{
	for (size_t i = 0; i < sizeof(defined_ecs) / sizeof(defined_ecs[0]); i++)
		if (defined_ecs[i] == ec)
			return 1;
	return 0;
}

int main(void)
{
	/* Field extraction from whole syndromes seen on QEMU. */
	CHECK(esr_ec(0xf2000042UL) == 0x3c);            /* brk #0x42 */
	CHECK(esr_iss(0xf2000042UL) == 0x42);
	CHECK(esr_ec(0x97c18021UL) == 0x25);            /* alignment fault */
	CHECK(esr_iss(0x97c18021UL) == 0x1c18021);
	CHECK(esr_ec(0x5a000000UL) == 0x16);            /* hvc #0 */
	CHECK((0x97c18021UL & ESR_EL2_IL) != 0);
	/* Bits above 31 (ISS2) do not leak into EC or ISS. */
	CHECK(esr_ec(0x1f00f2000042UL) == 0x3c);
	CHECK(esr_iss(0x1f00f2000042UL) == 0x42);

	/* Names for every class; "reserved EC" exactly for the others. */
	for (unsigned ec = 0; ec < 64; ec++) {
		const char *name = esr_ec_name(ec);
		CHECK(name != 0);
		CHECK((strcmp(name, "reserved EC") != 0) == is_defined(ec));
	}
	CHECK_STR(esr_ec_name(64), "reserved EC");
	CHECK_STR(esr_ec_name(~0U), "reserved EC");
	CHECK_STR(esr_ec_name(0x3c), "BRK in AArch64");
	CHECK_STR(esr_ec_name(0x16), "HVC in AArch64");
	CHECK_STR(esr_ec_name(0x17), "SMC in AArch64");
	CHECK_STR(esr_ec_name(0x18), "trapped MSR, MRS or system instruction");
	CHECK_STR(esr_ec_name(0x24), "data abort from a lower EL");
	CHECK_STR(esr_ec_name(0x25), "data abort from the current EL");
	CHECK_STR(esr_ec_name(0x01), "trapped WFI or WFE");

	CHECK(esr_is_abort(0x20) && esr_is_abort(0x21));
	CHECK(esr_is_abort(0x24) && esr_is_abort(0x25));
	CHECK(!esr_is_abort(0x22) && !esr_is_abort(0x26) && !esr_is_abort(0x3c));

	/* Fault status codes: the four levels of each walk fault. */
	static const char *const kinds[] = {
		"address size fault", "translation fault",
		"access flag fault", "permission fault",
	};
	for (unsigned k = 0; k < 4; k++) {
		for (unsigned level = 0; level < 4; level++) {
			char want[64];
			snprintf(want, sizeof(want), "%s, level %u", kinds[k], level);
			CHECK_STR(esr_fsc_name(k * 4 + level), want);
		}
	}
	CHECK_STR(esr_fsc_name(0x10), "synchronous external abort");
	CHECK_STR(esr_fsc_name(0x11), "synchronous tag check fault");
	for (unsigned level = 0; level < 4; level++) {
		char want[80];
		snprintf(want, sizeof(want),
			 "synchronous external abort on table walk, level %u", level);
		CHECK_STR(esr_fsc_name(0x14 + level), want);
	}
	CHECK_STR(esr_fsc_name(0x18), "synchronous parity or ECC error");
	CHECK_STR(esr_fsc_name(0x21), "alignment fault");
	CHECK_STR(esr_fsc_name(0x30), "TLB conflict abort");
	CHECK_STR(esr_fsc_name(0x31), "unsupported atomic hardware update fault");
	CHECK_STR(esr_fsc_name(0x12), "reserved FSC");
	CHECK_STR(esr_fsc_name(0x20), "reserved FSC");
	CHECK_STR(esr_fsc_name(0x3f), "reserved FSC");
	CHECK_STR(esr_fsc_name(64), "reserved FSC");

	return check_done();
}
