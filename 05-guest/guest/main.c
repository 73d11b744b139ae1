/*
 * A small kernel for QEMU's virt board, at EL1. It does not know whether
 * a hypervisor is below it; it looks once, and says what it found. Every
 * other line it prints is the same on the bare board and under the
 * hypervisor of chapter 05.
 */
#include <stdbool.h>
#include <stdint.h>
#include "gic.h"
#include "mmu.h"
#include "platform.h"
#include "print.h"
#include "sysregs.h"
#include "timer.h"
#include "uart.h"

/* PSCI (Arm DEN 0022) through HVC, the conduit QEMU's board describes
 * when it has no EL2, and the one a hypervisor answers. */
#define PSCI_VERSION            0x84000000UL
#define PSCI_SYSTEM_OFF         0x84000008UL

/* The chapter's hypervisor answers this vendor-specific hypervisor call
 * (SMCCC owner 6, function 0) with its version. */
#define HYP_VERSION             0xc6000001UL
#define SMCCC_NOT_SUPPORTED     (~0UL)       /* -1 */

#define TIMER_HZ                100
#define TIMER_TICKS             5

static const char greeting[] = "the same bytes, seen through a second virtual address";

static volatile bool probing, probe_undefined;

static unsigned long hvc_call(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	__asm__ volatile("hvc #0" : "+r"(x0) : :
		"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10",
		"x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

static void power_off(void) __attribute__((noreturn));
static void power_off(void)
{
	kprintf("guest: PSCI SYSTEM_OFF\n");
	hvc_call(PSCI_SYSTEM_OFF);
	kprintf("guest: error: still running after SYSTEM_OFF\n");
	for (;;)
		__asm__ volatile("wfi");
}

/* A synchronous exception at EL1 (vectors.S). The only one expected is
 * the undefined HVC of the probe below, on a board without EL2. */
void sync_handler(void)
{
	unsigned long esr = read_sysreg(esr_el1);
	unsigned ec = (unsigned)((esr >> ESR_EC_SHIFT) & ESR_EC_MASK);

	if (probing && ec == ESR_EC_UNKNOWN) {
		probe_undefined = true;
		write_sysreg(elr_el1, read_sysreg(elr_el1) + 4);
		return;
	}
	kprintf("guest: unexpected exception: ESR_EL1 0x%08lx at 0x%lx, "
		"FAR_EL1 0x%lx\n", esr, read_sysreg(elr_el1), read_sysreg(far_el1));
	power_off();
}

void irq_handler(void)
{
	unsigned intid = gic_ack();

	if (intid == ICC_INTID_SPURIOUS)
		return;
	if (intid == INTID_CNTV)
		timer_irq();
	else
		kprintf("guest: unexpected interrupt %u\n", intid);
	gic_eoi(intid);
}

void unexpected_handler(void)
{
	kprintf("guest: unexpected exception: ESR_EL1 0x%08lx at 0x%lx\n",
		read_sysreg(esr_el1), read_sysreg(elr_el1));
	power_off();
}

/* Is there a hypervisor? Ask it for its version with HVC. Without EL2,
 * HVC is either an undefined instruction (our sync handler notes it) or,
 * on QEMU's board, answered by its PSCI firmware, which knows no such
 * call and says NOT_SUPPORTED. */
static void report_platform(void)
{
	unsigned long v;

	probing = true;
	v = hvc_call(HYP_VERSION);
	probing = false;
	if (probe_undefined)
		kprintf("guest: no hypervisor: HVC is undefined\n");
	else if (v == SMCCC_NOT_SUPPORTED)
		kprintf("guest: no hypervisor: HVC 0x%lx is not supported\n", HYP_VERSION);
	else
		kprintf("guest: a hypervisor answers HVC: version %lu.%lu\n",
			v >> 16, v & 0xffff);
}

void main(void)
{
	uart_init();
	kprintf("guest: hello from EL%u\n", current_el());
	report_platform();

	mmu_init();
	kprintf("guest: stage-1 MMU on, SCTLR_EL1 = 0x%08lx\n",
		read_sysreg(sctlr_el1));
	kprintf("guest: at VA 0x%lx: \"%s\"\n",
		(unsigned long)greeting - RAM_BASE + ALIAS_VA,
		(const char *)((uintptr_t)greeting - RAM_BASE + ALIAS_VA));

	if (!gic_init()) {
		kprintf("guest: error: no GIC redistributor for this CPU\n");
		power_off();
	}
	gic_enable_ppi(INTID_CNTV, GIC_PRIORITY_TIMER);
	kprintf("guest: GIC on, INTID %u enabled at priority 0x%x\n",
		INTID_CNTV, GIC_PRIORITY_TIMER);

	timer_start(TIMER_HZ, TIMER_TICKS);
	/* Sleep until the last tick. Test and WFI with IRQs masked, so no
	 * tick is lost between them; WFI wakes on a pending interrupt even
	 * while it is masked, and the short unmask lets the handler run. */
	while (timer_ticks() < TIMER_TICKS) {
		__asm__ volatile("wfi");
		__asm__ volatile("msr daifclr, #2\n\tisb\n\tmsr daifset, #2"
				 : : : "memory");
	}
	gic_disable_ppi(INTID_CNTV);
	kprintf("guest: %u ticks, timer stopped\n", timer_ticks());

	kprintf("guest: PSCI version 0x%lx\n", hvc_call(PSCI_VERSION));
	power_off();
}
