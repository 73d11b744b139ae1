/*
 * Hostile guest: mask interrupts at every level the guest can reach,
 * then spin. First its GIC CPU interface: priority mask 0 (nothing
 * passes), both groups off, and every active priority bit set (as if an
 * interrupt of every priority were being handled); then PSTATE.DAIF.
 * With HCR_EL2.IMO and FMO all of that lands in the virtual CPU
 * interface: the hypervisor's own timer (CNTHP) still interrupts EL2,
 * and its watchdog stops the guest.
 */
#include "hostile.h"

int main(void)
{
	uart_init();
	kprintf("hostile-spin: GIC CPU interface and PSTATE masked, "
		"spinning forever\n");
	__asm__ volatile("mrs x0, icc_sre_el1\n\t"
			 "orr x0, x0, #1\n\t"           /* SRE: system registers */
			 "msr icc_sre_el1, x0\n\t"
			 "isb\n\t"
			 "msr icc_pmr_el1, xzr\n\t"
			 "msr icc_igrpen0_el1, xzr\n\t"
			 "msr icc_igrpen1_el1, xzr\n\t"
			 "mov x0, #-1\n\t"
			 "msr icc_ap0r0_el1, x0\n\t"
			 "msr icc_ap1r0_el1, x0\n\t"
			 "isb\n\t"
			 "msr daifset, #0xf\n"
			 "1: b 1b" : : : "x0", "memory");
	return 0;
}
