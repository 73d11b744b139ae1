/*
 * Hostile guest: mask interrupts at every level the guest can reach,
 * then spin. First its GIC CPU interface: priority mask 0 (nothing
 * passes), both groups off, and every active priority bit set (as if an
 * interrupt of every priority were being handled); then PSTATE.DAIF.
 * With HCR_EL2.IMO and FMO all of that lands in the virtual CPU
 * interface: the hypervisor's own timer (CNTHP) still interrupts EL2.
 * Before masking, the guest enables its virtual timer's interrupt and
 * makes it fire: it then waits in a list register, never taken, and
 * the hypervisor's hang detector stops the guest.
 */
#include "hostile.h"

#define GICD_CTLR       0x08000000UL
#define GICR_IGROUPR0   0x080b0080UL
#define GICR_ISENABLER0 0x080b0100UL
#define INTID_CNTV      27

int main(void)
{
	uart_init();
	*(volatile uint32_t *)GICD_CTLR = 1U << 1;              /* EnableGrp1 */
	*(volatile uint32_t *)GICR_IGROUPR0 = 1U << INTID_CNTV;
	*(volatile uint32_t *)GICR_ISENABLER0 = 1U << INTID_CNTV;
	__asm__ volatile("msr cntv_tval_el0, xzr\n\t"
			 "mov x0, #1\n\t"                  /* ENABLE: fire now */
			 "msr cntv_ctl_el0, x0\n\t"
			 "isb" : : : "x0", "memory");
	kprintf("hostile-spin: timer interrupt due, GIC CPU interface and "
		"PSTATE masked, spinning forever\n");
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
