/*
 * SGIs a guest sends itself: a write to ICC_SGI1R_EL1 traps to the
 * hypervisor (HCR_EL2.IMO; the virtual CPU interface has no SGI
 * register), which makes the SGI pending in a list register. The guest
 * takes it as a virtual IRQ and acknowledges it with ICC_IAR1_EL1. An
 * SGI for another CPU, or for every CPU but itself, raises nothing.
 */
#include "hostile.h"

#define GICD_CTLR       0x08000000UL
#define GICR_IGROUPR0   0x080b0080UL
#define GICR_ISENABLER0 0x080b0100UL
#define SGI             5UL

static volatile unsigned long sgir;

/* Send, then wait a little with IRQs unmasked: an IRQ ends the wait
 * through the vectors (attempt() returns 1). */
static void send_and_wait(void)
{
	__asm__ volatile("msr s3_0_c12_c11_5, %0\n\t"   /* ICC_SGI1R_EL1 */
			 "isb\n\t"
			 "msr daifclr, #2" : : "r"(sgir) : "memory");
	for (volatile int i = 0; i < 100000; i++)
		;
	__asm__ volatile("msr daifset, #2" : : : "memory");
}

static unsigned long taken(void)
{
	unsigned long intid;

	if (!attempt(send_and_wait))
		return ~0UL;
	__asm__ volatile("mrs %0, icc_iar1_el1" : "=r"(intid));
	__asm__ volatile("msr icc_eoir1_el1, %0\n\tisb" : : "r"(intid));
	return intid;
}

int main(void)
{
	unsigned long got;

	uart_init();
	kprintf("sgi: sending SGIs to itself\n");
	*(volatile uint32_t *)GICD_CTLR = 1U << 1;              /* EnableGrp1 */
	*(volatile uint32_t *)GICR_IGROUPR0 = 1U << SGI;
	*(volatile uint32_t *)GICR_ISENABLER0 = 1U << SGI;
	__asm__ volatile("msr icc_pmr_el1, %0\n\t"
			 "msr icc_igrpen1_el1, %1\n\t"
			 "isb" : : "r"(0xffUL), "r"(1UL) : "memory");

	sgir = SGI << 24 | 1;           /* Aff3.Aff2.Aff1 = 0, Aff0 0 */
	got = taken();
	kprintf("to itself: an IRQ, ICC_IAR1_EL1 reads %lu: %s\n", got,
		got == SGI ? "ok" : "WRONG");
	sgir = SGI << 24 | 2;           /* Aff0 1: another CPU */
	got = taken();
	kprintf("to another CPU: %s\n", got == ~0UL ? "nothing taken: ok" : "WRONG");
	sgir = SGI << 24 | 1UL << 40;   /* IRM: every CPU but itself */
	got = taken();
	kprintf("to every other CPU: %s\n", got == ~0UL ? "nothing taken: ok" : "WRONG");
	kprintf("sgi: done\n");
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}
