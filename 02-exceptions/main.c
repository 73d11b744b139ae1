/*
 * Chapter 02: an EL2 vector table, and the three kinds of event it
 * catches in this chapter: a breakpoint, a fault, and timer interrupts.
 */
#include <stdint.h>
#include "exceptions.h"
#include "gic.h"
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "sysregs.h"
#include "timer.h"
#include "uart.h"

/*
 * SCTLR_EL2 for this chapter, every other bit 0 (MMU and data cache off,
 * little-endian):
 *   RES1  the bits the architecture wants set
 *   SA    a load or store based on an SP that is not 16-byte aligned
 *         faults (QEMU does not check this)
 *   I     instruction fetches may be cached
 */
#define SCTLR_EL2_VALUE (SCTLR_EL2_RES1 | SCTLR_EL2_SA | SCTLR_EL2_I)

#define TIMER_HZ        100
#define TIMER_TICKS     3

/* Load 8 bytes from an address that is not 8-byte aligned, with
 * SCTLR_EL2.A set, so the CPU raises an alignment fault. */
static void provoke_alignment_fault(void)
{
	static uint64_t buffer[2] __attribute__((aligned(16)));
	uintptr_t unaligned = (uintptr_t)buffer + 1;    /* ends in 1 */
	unsigned long value = 0x5a5a;

	write_sysreg(sctlr_el2, SCTLR_EL2_VALUE | SCTLR_EL2_A);
	isb();
	__asm__ volatile("ldr %0, [%1]" : "+r"(value) : "r"(unaligned) : "memory");
	write_sysreg(sctlr_el2, SCTLR_EL2_VALUE);
	isb();
	kprintf("back from the alignment fault: the load did not happen "
		"(value still 0x%lx)\n", value);
}

/* regcheck.S: take `brk #0x42` with x0-x28 loaded with values of their
 * own, and return which of them came back changed (bit n for xn). */
unsigned long brk_changes_registers(void);

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
	unsigned long changed;
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

	/* From here on, exceptions land in our table. */
	write_sysreg(vbar_el2, el2_vectors);
	write_sysreg(sctlr_el2, SCTLR_EL2_VALUE);
	/* HCR_EL2.IMO: physical IRQs go to EL2. With IMO = 0 they would be
	 * meant for EL1, and EL2 never takes an exception meant for a
	 * lower level: our timer interrupt would stay pending forever.
	 * RW as boot.S left it; E2H and TGE stay 0. */
	write_sysreg(hcr_el2, HCR_EL2_RW | HCR_EL2_IMO);
	isb();
	kprintf("VBAR_EL2 = 0x%lx\n", read_sysreg(vbar_el2));

	/* 1. A breakpoint: the handler reports it and steps over it, and
	 * every register comes back as it was. */
	changed = brk_changes_registers();
	if (changed != 0)
		kprintf("error: BRK changed registers (bit n for xn: 0x%lx)\n",
			changed);
	else
		kprintf("back from BRK, x0-x28 as they were\n");

	/* 2. A fault the handler can recover from. */
	provoke_alignment_fault();

	/* 3. Interrupts: GIC, then the timer, then let IRQs in. */
	if (!gic_init())
		power_off();
	kprintf("gic: distributor at 0x%08lx, redistributor at 0x%08lx\n",
		GICD_BASE, (unsigned long)gic_redist_base());
	gic_enable_ppi(INTID_CNTHP);
	timer_start(TIMER_HZ, TIMER_TICKS);
	kprintf("timer: %u ticks at %u Hz (CNTFRQ_EL0 = %lu Hz)\n",
		TIMER_TICKS, TIMER_HZ, read_sysreg(cntfrq_el0));

	/* Sleep until the last tick. The test and the WFI happen with IRQs
	 * masked: a tick taken between them would leave WFI waiting for an
	 * interrupt that never comes. WFI wakes on a pending interrupt even
	 * while it is masked; the short unmask lets the handler run. */
	while (timer_ticks() < TIMER_TICKS) {
		__asm__ volatile("wfi");
		__asm__ volatile("msr daifclr, %0\n\t"   /* unmask IRQ: taken here */
				 "isb\n\t"
				 "msr daifset, %0" : : "i"(DAIFSET_I) : "memory");
	}
	gic_disable_ppi(INTID_CNTHP);
	kprintf("timer: stopped after %u ticks, IRQs masked\n", timer_ticks());

#ifdef TEST_PANIC
	/* The panic test: a load from an address where the board has
	 * nothing. The bus reports an external abort, which no handler
	 * expects, so the hypervisor must dump its registers and stop. */
	kprintf("test: loading from 0x%08lx, where nothing is mapped\n",
		UNMAPPED_PA);
	(void)*(volatile uint32_t *)UNMAPPED_PA;
	kprintf("error: the load from 0x%lx did not fault\n", UNMAPPED_PA);
#endif
#ifdef TEST_PANIC_NESTED
	/* The nested panic test: a panic whose frame lies where the board
	 * has nothing, so that dumping it faults inside the panic. */
	panic((const struct trap_frame *)UNMAPPED_PA, "test: a frame nobody can read");
#endif

	power_off();
}
