/*
 * Hostile guest: call the firmware directly with SMC, and ask for what a
 * guest must not have (a reset of the board, another CPU). HCR_EL2.TSC
 * makes every SMC trap: the firmware never sees one, and the hypervisor
 * answers NOT_SUPPORTED to all but the calls it implements.
 */
#include "hostile.h"

#define PSCI_VERSION            0x84000000UL
#define PSCI_SYSTEM_RESET       0x84000009UL
#define PSCI_CPU_ON             0xc4000003UL
#define PSCI_MIGRATE_INFO_UP    0xc4000007UL
#define SMCCC_VERSION           0x80000000UL
#define SIP_CALL                0xc2000000UL   /* silicon-provider service */

int main(void)
{
	uart_init();
	kprintf("hostile-smc: calling the firmware behind the hypervisor's back\n");
	report("SMC PSCI SYSTEM_RESET", (long)smc(PSCI_SYSTEM_RESET) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED, the board runs on");
	report("SMC PSCI CPU_ON for CPU 1", (long)smc(PSCI_CPU_ON) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	report("SMC PSCI MIGRATE_INFO_UP_CPU", (long)smc(PSCI_MIGRATE_INFO_UP) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	report("SMC SMCCC_VERSION", (long)smc(SMCCC_VERSION) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	report("SMC to the silicon provider", (long)smc(SIP_CALL) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	report("SMC PSCI_VERSION", smc(PSCI_VERSION) == 0x10001,
	       "answered by the hypervisor");
	report("HVC PSCI SYSTEM_RESET", (long)hvc(PSCI_SYSTEM_RESET, 0, 0) == SMCCC_NOT_SUPPORTED,
	       "NOT_SUPPORTED");
	check_alive();
	finish("hostile-smc");
}
