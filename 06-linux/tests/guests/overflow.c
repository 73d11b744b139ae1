/*
 * More pending interrupts than list registers: the guest, its IRQs
 * masked, sends itself eight SGIs; the GIC has fewer list registers
 * (four on QEMU), so the rest wait in the hypervisor, which asks for the
 * underflow maintenance interrupt (ICH_HCR_EL2.UIE). The guest then
 * acknowledges and ends them one by one through ICC_IAR1_EL1 and
 * ICC_EOIR1_EL1, which answer even while PSTATE.I masks the IRQ: each
 * time the list registers run low, the maintenance interrupt refills
 * them, and all eight arrive.
 */
#include "hostile.h"

#define GICD_CTLR       0x08000000UL
#define GICR_IGROUPR0   0x080b0080UL
#define GICR_ISENABLER0 0x080b0100UL
#define SGIS            8
#define SPURIOUS        1023

int main(void)
{
	unsigned long seen = 0;
	unsigned taken = 0;

	uart_init();
	kprintf("overflow: %u SGIs pending at once, IRQs masked\n", SGIS);
	*(volatile uint32_t *)GICD_CTLR = 1U << 1;              /* EnableGrp1 */
	*(volatile uint32_t *)GICR_IGROUPR0 = (1U << SGIS) - 1;
	*(volatile uint32_t *)GICR_ISENABLER0 = (1U << SGIS) - 1;
	__asm__ volatile("msr icc_pmr_el1, %0\n\t"
			 "msr icc_igrpen1_el1, %1\n\t"
			 "isb" : : "r"(0xffUL), "r"(1UL) : "memory");
	for (unsigned long sgi = 0; sgi < SGIS; sgi++)  /* to Aff0 0: itself */
		__asm__ volatile("msr s3_0_c12_c11_5, %0\n\tisb" : : "r"(sgi << 24 | 1)
				 : "memory");

	/* Acknowledge what is pending until all have come, or long enough
	 * that a lost one would show. */
	for (unsigned long tries = 0; taken < SGIS && tries < 1000000; tries++) {
		unsigned long intid;

		__asm__ volatile("mrs %0, icc_iar1_el1" : "=r"(intid));
		if (intid == SPURIOUS)
			continue;       /* the maintenance interrupt refills first */
		__asm__ volatile("msr icc_eoir1_el1, %0\n\tisb" : : "r"(intid));
		if (intid < SGIS && !(seen & (1UL << intid)))
			taken++;
		seen |= 1UL << intid;
	}
	kprintf("taken: %u of %u, each once: %s\n", taken, SGIS,
		seen == (1UL << SGIS) - 1 ? "ok" : "WRONG");
	kprintf("overflow: done\n");
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}
