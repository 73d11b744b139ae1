/*
 * Hostile guest: device accesses the hypervisor cannot emulate: no
 * syndrome (load/store pair, writeback), widths and offsets the devices
 * do not have, an unaligned access. Each must end in an exception for the
 * guest, never in a wrong emulation.
 */
#include "hostile.h"

#define UART            0x09000000UL
#define GICD            0x08000000UL

static void ldp_uart(void)
{
	__asm__ volatile("ldp x0, x1, [%0]" : : "r"(UART) : "x0", "x1", "memory");
}
static void stp_uart(void)
{
	__asm__ volatile("stp xzr, xzr, [%0]" : : "r"(UART) : "memory");
}
static void ldr_writeback_uart(void)
{
	unsigned long base = UART;
	__asm__ volatile("ldr w1, [%0, #0x18]!" : "+r"(base) : : "x1", "memory");
}
static void str64_uart(void) { __asm__ volatile("str xzr, [%0]" : : "r"(UART) : "memory"); }
static void ldr64_uart(void) { __asm__ volatile("ldr x1, [%0, #0x18]" : : "r"(UART) : "x1", "memory"); }
static void gicd_half(void)  { __asm__ volatile("ldrh w1, [%0]" : : "r"(GICD) : "x1", "memory"); }
static void gicd_str64(void) { __asm__ volatile("str xzr, [%0]" : : "r"(GICD) : "memory"); }
static void unaligned_uart(void)
{
	__asm__ volatile("ldr w1, [%0]" : : "r"(UART + 1) : "x1", "memory");
}
/* GICD_ISENABLER2, then read back into x2. This GIC has SPIs up to
 * INTID 63 only: the register of SPIs 64-95 reads as zero and ignores
 * writes, as the GIC architecture has it. */
static void gicd_spi_enable(void)
{
	__asm__ volatile("str %w0, [%1, #0x108]\n\tldr w2, [%1, #0x108]"
			 : : "r"(~0U), "r"(GICD) : "x2", "memory");
	__asm__ volatile("mov %0, x2" : "=r"(fault_x2));
}

/* An exception (no distributor), or the write ignored. */
static void expect_spis_stay_off(const char *what)
{
	fault_x2 = ~0UL;
	if (attempt(gicd_spi_enable))
		report(what, true, "exception at EL1");
	else
		report(what, fault_x2 == 0, fault_x2 == 0 ?
		       "written and ignored, reads 0" : "SPIs enabled");
}
static void gicd_byte(void) { __asm__ volatile("ldrb w1, [%0]" : : "r"(GICD) : "x1", "memory"); }

int main(void)
{
	uart_init();
	kprintf("hostile-mmio: device accesses that cannot be emulated\n");
	expect_fault("LDP from the UART (ISV = 0)", ldp_uart);
	expect_fault("STP to the UART (ISV = 0)", stp_uart);
	expect_fault("LDR with writeback from the UART (ISV = 0)", ldr_writeback_uart);
	expect_fault("64-bit store to UARTDR", str64_uart);
	expect_fault("64-bit load of UARTFR", ldr64_uart);
	expect_fault("unaligned load from the UART", unaligned_uart);
	expect_spis_stay_off("enable SPIs 64-95, which this GIC lacks");
	expect_fault("byte load of GICD_CTLR", gicd_byte);
	expect_fault("halfword load of GICD_CTLR", gicd_half);
	expect_fault("64-bit store to GICD_CTLR", gicd_str64);
	check_alive();
	finish("hostile-mmio");
}
