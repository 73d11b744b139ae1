/*
 * Hostile guest: mask every interrupt and spin. The hypervisor's own
 * timer (CNTHP, routed to EL2 by HCR_EL2.IMO whatever the guest's
 * PSTATE.I) still interrupts it, and the watchdog stops it.
 */
#include "hostile.h"

int main(void)
{
	uart_init();
	kprintf("hostile-spin: interrupts masked, spinning forever\n");
	__asm__ volatile("msr daifset, #0xf\n1: b 1b");
	return 0;
}
