/*
 * Calling PSCI firmware. The function ID goes in x0, the result comes back
 * in x0; the SMC Calling Convention (Arm DEN 0028) lets the firmware
 * clobber x1-x17.
 *
 * The "conduit" is the instruction that reaches firmware. From EL2 it is
 * SMC, meant for firmware at EL3; QEMU's virt board has no EL3 unless
 * asked for one, and answers the SMC itself (its device tree then says
 * method = "smc"). Without EL2 (QEMU without virtualization=on), QEMU
 * answers PSCI on HVC instead, so that is what we use at EL1.
 */
#include "print.h"
#include "psci.h"
#include "sysregs.h"

static unsigned long psci_call(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	if (current_el() == 2)
		__asm__ volatile("smc #0" : "+r"(x0) : :
			"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
			"x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17",
			"memory");
	else
		__asm__ volatile("hvc #0" : "+r"(x0) : :
			"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
			"x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17",
			"memory");
	return x0;
}

void psci_system_off(void)
{
	psci_call(PSCI_SYSTEM_OFF);
}

void power_off(void)
{
	kprintf("powering off\n");
	psci_system_off();
	/* Firmware refused: stop here rather than run on. */
	kprintf("error: PSCI SYSTEM_OFF returned; halting\n");
	for (;;)
		__asm__ volatile("wfi");
}
