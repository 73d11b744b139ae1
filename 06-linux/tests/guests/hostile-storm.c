/*
 * Hostile guest: a storm. A million hypercalls, then a hundred thousand
 * faults and unknown calls in a row. The hypervisor must answer each,
 * stop printing reports after a while, and be as it was afterwards: its
 * stack and state do not grow with the number of traps.
 */
#include "hostile.h"

#define HYPERCALLS      1000000
#define FAULTS          100000

static void load_unmapped(void) { (void)*(volatile uint32_t *)0x48000000; }

int main(void)
{
	unsigned long ok = 0, faults = 0, refused = 0;

	uart_init();
	kprintf("hostile-storm: a million traps in a row\n");
	for (unsigned long i = 0; i < HYPERCALLS; i++)
		ok += hvc(HYP_NULL, 0, 0) == 0;
	report("1000000 null hypercalls", ok == HYPERCALLS, "all answered");
	for (unsigned long i = 0; i < FAULTS; i++)
		faults += attempt(load_unmapped);
	report("100000 stage-2 faults", faults == FAULTS, "all injected");
	for (unsigned long i = 0; i < FAULTS; i++)
		refused += (long)hvc(0xc600ffff, i, i) == SMCCC_NOT_SUPPORTED;
	report("100000 unknown hypercalls", refused == FAULTS, "all NOT_SUPPORTED");
	check_alive();
	finish("hostile-storm");
}
