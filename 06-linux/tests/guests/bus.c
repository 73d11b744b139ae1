/*
 * MMIO as a bus would answer it: a big-endian guest gets the emulated
 * UART's registers byte-swapped, as a little-endian device's bytes reach
 * a big-endian CPU, at EL1 (SCTLR_EL1.EE), at EL0 in AArch64
 * (SCTLR_EL1.E0E) and at EL0 in AArch32 (PSTATE.E). (Cache maintenance
 * by address on the UART, which must go on without a fault, is checked
 * in tests/test_mmio.c only: QEMU 7.2 never traps it.)
 */
#include "hostile.h"

#define UART            0x09000000UL
#define UARTFR_VALUE    0x90            /* TXFE | RXFE, little-endian */
#define IBRD_BE         0x0d000000UL    /* 13 as a big-endian CPU holds it */
#define SCTLR_E0E       (1UL << 24)
#define SCTLR_EE        (1UL << 25)
#define SPSR_EL0T       0x3c0UL         /* M = EL0t, D A I F masked */
#define SPSR_USR_T32_BE 0x3f0UL         /* M = User, T, E, A I F masked */
#define EC_SVC32        0x11
#define EC_SVC64        0x15

static void set_sctlr(unsigned long set, unsigned long clear)
{
	unsigned long sctlr;

	__asm__ volatile("mrs %0, sctlr_el1" : "=r"(sctlr));
	__asm__ volatile("msr sctlr_el1, %0\n\tisb" : : "r"((sctlr & ~clear) | set));
}

/* While EE is set every data access at EL1 is big-endian, the stack's
 * too: between setting and clearing it, registers only. */
static unsigned long el1_fr;

static void el1_big_endian(void)
{
	unsigned long fr;

	__asm__ volatile("mrs	x9, sctlr_el1\n\t"
			 "orr	x10, x9, #(1 << 25)\n\t"        /* EE */
			 "msr	sctlr_el1, x10\n\t"
			 "isb\n\t"
			 "ldr	%w0, [%1, #0x18]\n\t"           /* UARTFR */
			 "str	%w2, [%1, #0x24]\n\t"           /* UARTIBRD */
			 "msr	sctlr_el1, x9\n\t"
			 "isb"
			 : "=&r"(fr) : "r"(UART), "r"(IBRD_BE) : "x9", "x10", "memory");
	el1_fr = fr;
}

/* EL0 code: entered with x1 = the UART; back to EL1 by SVC. */
void el0_a64_load(void);
__asm__(
"	.text\n"
"	.global	el0_a64_load\n"
"el0_a64_load:\n"
"	ldr	w0, [x1, #0x18]\n"
"	svc	#0\n");

static const unsigned short el0_t32_load[] = {
	0x6988,         /* ldr r0, [r1, #0x18] */
	0xdf00,         /* svc #0 */
};

static unsigned long el0_pc, el0_spsr;

static void enter_el0(void)
{
	register unsigned long x1 __asm__("x1") = UART;

	__asm__ volatile("msr elr_el1, %0\n\tmsr spsr_el1, %1\n\tisb\n\teret"
			 : : "r"(el0_pc), "r"(el0_spsr), "r"(x1) : "memory");
}

static void el0_case(const char *what, unsigned long pc, unsigned long spsr, unsigned ec)
{
	unsigned long r0;

	el0_pc = pc;
	el0_spsr = spsr;
	if (!attempt(enter_el0) || ((fault_esr >> 26) & 0x3f) != ec) {
		kprintf("%s: no SVC back: WRONG\n", what);
		return;
	}
	r0 = fault_x0 & 0xffffffff;
	kprintf("%s: UARTFR reads 0x%08lx: %s\n", what, r0,
		r0 == (unsigned long)UARTFR_VALUE << 24 ? "ok" : "WRONG");
}

int main(void)
{
	uint32_t ibrd;

	uart_init();
	kprintf("bus: device accesses as the bus answers them\n");

	el1_big_endian();
	ibrd = *(volatile uint32_t *)(UART + 0x24);
	kprintf("EL1, SCTLR_EL1.EE = 1: UARTFR reads 0x%08lx, and 0x%08lx stored "
		"to UARTIBRD reads 0x%08x little-endian: %s\n", el1_fr, IBRD_BE, ibrd,
		el1_fr == (unsigned long)UARTFR_VALUE << 24 && ibrd == 0x0d ? "ok" : "WRONG");

	set_sctlr(SCTLR_E0E, 0);
	el0_case("EL0 in AArch64, SCTLR_EL1.E0E = 1", (unsigned long)el0_a64_load,
		 SPSR_EL0T, EC_SVC64);
	set_sctlr(0, SCTLR_E0E);
	el0_case("EL0 in AArch32, PSTATE.E = 1", (unsigned long)el0_t32_load,
		 SPSR_USR_T32_BE, EC_SVC32);

	kprintf("bus: done\n");
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}
