/*
 * Hostile guest: execute where it may not: its read-only page (mapped
 * execute-never at stage 2), outside its RAM, a device. Each must end in
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
	{ 0x40200000, "execute its read-only, execute-never page" },
	{ 0x40400000, "execute outside its RAM" },
	{ 0x44000000, "execute at IPA 0x44000000" },
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
