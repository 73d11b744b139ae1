/*
 * Hostile guest: execute where it may not: outside its RAM (where its
 * RAM really is, in PA), a device. Each must end in
 * a prefetch abort for the guest.
 */
#include "hostile.h"

#define EC_IABT_CUR     0x21    /* instruction abort, taken without a change of EL */

static volatile uintptr_t target;

static void jump(void)
{
	__asm__ volatile("blr %0" : : "r"(target) : "x30", "memory");
}

static const struct {
	uintptr_t ipa;
	const char *what;
} places[] = {
	{ 0x3ffff000, "execute just below its RAM" },
	{ 0x48000000, "execute at IPA 0x48000000, past its RAM" },
	{ 0x09000000, "execute the UART's registers" },
	{ 0x00000000, "execute at IPA 0 (the flash, not given)" },
};

int main(void)
{
	uart_init();
	kprintf("hostile-exec: executing where it may not\n");
	for (unsigned i = 0; i < sizeof(places) / sizeof(places[0]); i++) {
		target = places[i].ipa;
		expect_exception(places[i].what, jump, EC_IABT_CUR);
	}
	check_alive();
	finish("hostile-exec");
}
