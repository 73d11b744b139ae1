/*
 * Hostile guest: hypercalls with function IDs the hypervisor does not
 * have, and console writes whose address or length point where the guest
 * has no memory. Every one must be refused, and nothing printed that is
 * not the guest's.
 */
#include "hostile.h"

#define RANDOM_CALLS 1000

static unsigned long seed = 0x2545f4914f6cdd1dUL;

static unsigned long next_random(void)
{
	seed ^= seed << 13;     /* xorshift64 */
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static bool known(unsigned long fn)
{
	uint32_t w = (uint32_t)fn;
	return w == (uint32_t)HYP_NULL || w == (uint32_t)HYP_VERSION ||
	       w == (uint32_t)HYP_CONSOLE_WRITE || w == 0x84000000 ||
	       w == (uint32_t)PSCI_SYSTEM_OFF;
}

static const struct {
	unsigned long ipa, len;
	const char *what;
} writes[] = {
	{ 0x48000000, 16, "console write from IPA 0x48000000 (unmapped)" },
	{ 0x47fffff8, 16, "console write running off the end of its RAM" },
	{ 0x09000000, 4, "console write from the UART's registers" },
	{ 0x40000000, 257, "console write of 257 bytes (the limit is 256)" },
	{ 0x40000000, ~0UL, "console write of 2^64 - 1 bytes" },
	{ ~0UL - 1, 4, "console write that wraps around the address space" },
	{ 0x100000000, 8, "console write from beyond the IPA space" },
};

int main(void)
{
	unsigned refused = 0, tried = 0;

	uart_init();
	kprintf("hostile-hypercalls: unknown calls and bad arguments\n");
	for (unsigned i = 0; i < RANDOM_CALLS; i++) {
		unsigned long fn = next_random();

		if (known(fn))
			continue;
		tried++;
		if ((long)hvc(fn, next_random(), next_random()) == SMCCC_NOT_SUPPORTED)
			refused++;
	}
	report("1000 HVCs with random function IDs and arguments",
	       refused == tried, "all NOT_SUPPORTED");
	for (unsigned i = 0; i < sizeof(writes) / sizeof(writes[0]); i++)
		report(writes[i].what,
		       (long)hvc(HYP_CONSOLE_WRITE, writes[i].ipa, writes[i].len) ==
		       SMCCC_INVALID_PARAMETER, "INVALID_PARAMETER, nothing printed");
	check_alive();
	finish("hostile-hypercalls");
}
