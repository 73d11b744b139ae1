/*
 * Hostile guest: call the firmware directly with SMC, and ask for what a
 * guest must not have (a reset of the board, another CPU). HCR_EL2.TSC
 * makes every SMC trap: the firmware never sees one, and the hypervisor
 * answers each call as it would an HVC: a CPU the guest does not have is
 * an invalid parameter, a call it does not implement NOT_SUPPORTED, and
 * the reset, last, stops the guest rather than the board.
 */
#include "hostile.h"

#define PSCI_VERSION            0x84000000UL
#define PSCI_SYSTEM_RESET       0x84000009UL
#define PSCI_CPU_ON             0xc4000003UL
#define PSCI_MIGRATE_INFO_UP    0xc4000007UL
#define PSCI_SYSTEM_SUSPEND     0xc400000eUL
#define PSCI_INVALID_PARAMETERS (-2L)
#define SMCCC_VERSION           0x80000000UL
#define SIP_CALL                0xc2000000UL   /* silicon-provider service */

/* An SMC with one argument, in x1. */
static unsigned long smc1(unsigned long fn, unsigned long a1)
{
	register unsigned long x0 __asm__("x0") = fn;
	register unsigned long x1 __asm__("x1") = a1;

	__asm__ volatile("smc #0" : "+r"(x0), "+r"(x1) : :
		"x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11",
		"x12", "x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

int main(void)
{
	uart_init();
	kprintf("hostile-smc: calling the firmware behind the hypervisor's back\n");
	report("SMC PSCI CPU_ON for CPU 1",
	       (long)smc1(PSCI_CPU_ON, 1) == PSCI_INVALID_PARAMETERS,
	       "INVALID_PARAMETERS, the guest has one CPU");
	report("SMC PSCI MIGRATE_INFO_UP_CPU", (long)smc(PSCI_MIGRATE_INFO_UP) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	report("SMC SMCCC_VERSION", smc(SMCCC_VERSION) == 0x10001,
	       "answered by the hypervisor");
	report("SMC to the silicon provider", (long)smc(SIP_CALL) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	report("SMC PSCI_VERSION", smc(PSCI_VERSION) == 0x10001,
	       "answered by the hypervisor");
	report("HVC PSCI SYSTEM_SUSPEND", (long)hvc(PSCI_SYSTEM_SUSPEND, 0, 0) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	check_alive();
	/* Last, the reset: the hypervisor stops the guest (its console
	 * says so); QEMU's firmware would have reset the board. */
	kprintf("hostile-smc: %u of %u contained\n", contained, cases);
	smc(PSCI_SYSTEM_RESET);
	kprintf("hostile-smc: error: still running after SYSTEM_RESET\n");
	for (;;)
		;
}
