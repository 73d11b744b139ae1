/*
 * Chapter 01: say hello over the UART, tell where we run, power off.
 */
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "sysregs.h"
#include "uart.h"

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

	power_off();
}
