/*
 * Both EL1 timers, the virtual (INTID 27) and the physical (INTID 30):
 * each fires, reaches the guest as a virtual interrupt through a list
 * register linked to the physical one, and is acknowledged and ended by
 * the guest; each fires again after that, which it could not if the
 * guest's EOI had not deactivated the physical interrupt too.
 */
#include "hostile.h"

#define GICD_CTLR       0x08000000UL
#define GICR_IGROUPR0   0x080b0080UL
#define GICR_ISENABLER0 0x080b0100UL
#define CNTV            27
#define CNTP            30
#define CTL_ENABLE      1UL
#define CTL_IMASK       2UL

static volatile unsigned which;

/* Arm one timer to fire at once, then wait with IRQs unmasked: the IRQ
 * ends the wait through the vectors (attempt() returns 1). */
static void fire_and_wait(void)
{
	if (which == CNTV)
		__asm__ volatile("msr cntv_tval_el0, xzr\n\tmsr cntv_ctl_el0, %0"
				 : : "r"(CTL_ENABLE) : "memory");
	else
		__asm__ volatile("msr cntp_tval_el0, xzr\n\tmsr cntp_ctl_el0, %0"
				 : : "r"(CTL_ENABLE) : "memory");
	__asm__ volatile("isb\n\tmsr daifclr, #2" : : : "memory");
	for (volatile int i = 0; i < 1000000; i++)
		;
	__asm__ volatile("msr daifset, #2" : : : "memory");
}

/* The INTID taken, after masking the timer (its line drops) and ending
 * the interrupt; ~0 if none came. */
static unsigned long one_tick(unsigned timer)
{
	unsigned long intid;

	which = timer;
	if (!attempt(fire_and_wait))
		return ~0UL;
	__asm__ volatile("mrs %0, icc_iar1_el1" : "=r"(intid));
	if (timer == CNTV)
		__asm__ volatile("msr cntv_ctl_el0, %0" : : "r"(CTL_IMASK) : "memory");
	else
		__asm__ volatile("msr cntp_ctl_el0, %0" : : "r"(CTL_IMASK) : "memory");
	__asm__ volatile("isb\n\tmsr icc_eoir1_el1, %0\n\tisb" : : "r"(intid));
	return intid;
}

int main(void)
{
	static const unsigned timers[2] = { CNTV, CNTP };

	uart_init();
	kprintf("timers: the EL1 virtual and physical timers, twice each\n");
	*(volatile uint32_t *)GICD_CTLR = 1U << 1;              /* EnableGrp1 */
	*(volatile uint32_t *)GICR_IGROUPR0 = 1U << CNTV | 1U << CNTP;
	*(volatile uint32_t *)GICR_ISENABLER0 = 1U << CNTV | 1U << CNTP;
	__asm__ volatile("msr icc_pmr_el1, %0\n\t"
			 "msr icc_igrpen1_el1, %1\n\t"
			 "isb" : : "r"(0xffUL), "r"(1UL) : "memory");
	for (unsigned round = 1; round <= 2; round++)
		for (unsigned t = 0; t < 2; t++) {
			unsigned long got = one_tick(timers[t]);

			kprintf("round %u, %s timer: INTID %ld: %s\n", round,
				timers[t] == CNTV ? "virtual" : "physical", (long)got,
				got == timers[t] ? "ok" : "WRONG");
		}
	kprintf("timers: done\n");
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}
