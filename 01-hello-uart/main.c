/*
 * Chapter 01: say hello over the UART, tell where we run, power off.
 */
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "sysregs.h"
#include "uart.h"

/*
 * boot.S wrote HCR_EL2.E2H = 0. A CPU without FEAT_E2H0 keeps it at 1
 * (it says so in ID_AA64MMFR4_EL1.E2H0, and some older ones only by
 * reading back 1): there every EL1 register name used at EL2 reaches an
 * EL2 register, and this hypervisor, written for E2H = 0, cannot run.
 */
static void check_e2h(void)
{
	unsigned long hcr = read_sysreg(hcr_el2);
	unsigned long mmfr4 = read_sysreg(S3_0_C0_C7_4);    /* ID_AA64MMFR4_EL1 */

	if ((hcr & HCR_EL2_E2H) || (mmfr4 & ID_AA64MMFR4_EL1_E2H0_NEGATIVE)) {
		kprintf("error: HCR_EL2.E2H is fixed at 1 on this CPU (HCR_EL2 "
			"0x%lx, ID_AA64MMFR4_EL1 0x%lx): it runs EL2 only as a "
			"VHE host, and this hypervisor needs E2H = 0\n", hcr, mmfr4);
		power_off();
	}
}

void main(void)
{
	unsigned el;

	uart_init();
	uart_puts("hello hypervisor\n");

	el = current_el();
	kprintf("running at EL%u\n", el);
	if (el != 2) {
		kprintf("error: a hypervisor needs EL2; start QEMU with "
			"-M virt,virtualization=on\n");
		power_off();
	}
	check_e2h();

	power_off();
}
