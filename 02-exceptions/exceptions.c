/*
 * Exceptions taken to EL2. vectors.S saves a trap frame and calls
 * handle_exception(); synchronous exceptions are dispatched on the
 * exception class in ESR_EL2, interrupts go to the GIC.
 */
#include "esr.h"
#include "exceptions.h"
#include "gic.h"
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "sysregs.h"
#include "timer.h"
#include "vectors.h"

static const char *const kind_names[16] = {
	[VEC_CURR_SP0_SYNC]    = "synchronous, current EL with SP_EL0",
	[VEC_CURR_SP0_IRQ]     = "IRQ, current EL with SP_EL0",
	[VEC_CURR_SP0_FIQ]     = "FIQ, current EL with SP_EL0",
	[VEC_CURR_SP0_SERROR]  = "SError, current EL with SP_EL0",
	[VEC_CURR_SPX_SYNC]    = "synchronous, current EL with SP_EL2",
	[VEC_CURR_SPX_IRQ]     = "IRQ, current EL with SP_EL2",
	[VEC_CURR_SPX_FIQ]     = "FIQ, current EL with SP_EL2",
	[VEC_CURR_SPX_SERROR]  = "SError, current EL with SP_EL2",
	[VEC_LOWER_A64_SYNC]   = "synchronous, lower EL in AArch64",
	[VEC_LOWER_A64_IRQ]    = "IRQ, lower EL in AArch64",
	[VEC_LOWER_A64_FIQ]    = "FIQ, lower EL in AArch64",
	[VEC_LOWER_A64_SERROR] = "SError, lower EL in AArch64",
	[VEC_LOWER_A32_SYNC]   = "synchronous, lower EL in AArch32",
	[VEC_LOWER_A32_IRQ]    = "IRQ, lower EL in AArch32",
	[VEC_LOWER_A32_FIQ]    = "FIQ, lower EL in AArch32",
	[VEC_LOWER_A32_SERROR] = "SError, lower EL in AArch32",
};

/* Every AArch64 instruction is 4 bytes: how far to step over one. */
#define INSN_SIZE 4

/* The syndrome in a line, and for aborts the fault in words. */
static void print_syndrome(const struct trap_frame *tf)
{
	unsigned ec = esr_ec(tf->esr);
	unsigned long iss = esr_iss(tf->esr);

	/* An IRQ or FIQ leaves ESR_EL2 as it was: the frame holds 0. */
	if (tf->esr == 0) {
		kprintf("  no syndrome: an interrupt, not a synchronous exception\n");
		return;
	}

	kprintf("  ESR_EL2 0x%08lx: EC 0x%02x (%s), IL %u, ISS 0x%07lx\n",
		tf->esr, ec, esr_ec_name(ec), (tf->esr & ESR_EL2_IL) ? 1U : 0U,
		iss);
	if (esr_is_abort(ec)) {
		unsigned fsc = (unsigned)(iss & ESR_ISS_DABT_DFSC_MASK);
		kprintf("  FSC 0x%02x (%s), %s, FAR_EL2 0x%016lx\n", fsc,
			esr_fsc_name(fsc),
			(iss & ESR_ISS_DABT_WNR) ? "write" : "read", tf->far);
	}
}

/* A fault while panicking (the dump reads the frame, the UART may be
 * what failed) would panic again, and again: the second time, one line,
 * then straight to firmware. */
void panic(const struct trap_frame *tf, const char *why)
{
	static unsigned panicking;

	if (panicking++) {
		kprintf("PANIC again, while panicking: %s\n", why);
		psci_system_off();
		for (;;)
			__asm__ volatile("wfi");
	}
	kprintf("PANIC: %s\n", why);
	print_syndrome(tf);
	kprintf("  ELR_EL2 0x%016lx SPSR_EL2 0x%016lx SP 0x%016lx\n",
		tf->elr, tf->spsr, tf->sp);
	for (int i = 0; i < 31; i += 3) {
		kprintf("  x%-2d 0x%016lx", i, tf->x[i]);
		if (i + 1 < 31)
			kprintf("  x%-2d 0x%016lx", i + 1, tf->x[i + 1]);
		if (i + 2 < 31)
			kprintf("  x%-2d 0x%016lx", i + 2, tf->x[i + 2]);
		kprintf("\n");
	}
	power_off();
}

/* BRK #imm: a debugger's breakpoint. ELR points at the BRK itself, so
 * returning without a change would run it again, forever. */
static void handle_brk(struct trap_frame *tf)
{
	kprintf("trap: BRK #0x%lx at 0x%lx (EC 0x%02x, %s); stepping over it\n",
		esr_iss(tf->esr) & ESR_ISS_BRK_COMMENT_MASK, tf->elr,
		esr_ec(tf->esr), esr_ec_name(esr_ec(tf->esr)));
	tf->elr += INSN_SIZE;
}

/* A data abort taken from EL2 itself. The only one we expect is the
 * alignment fault main.c provokes; anything else is a bug. */
static void handle_dabt_cur(struct trap_frame *tf)
{
	unsigned long iss = esr_iss(tf->esr);
	unsigned fsc = (unsigned)(iss & ESR_ISS_DABT_DFSC_MASK);

	if (fsc != ESR_FSC_ALIGNMENT)
		panic(tf, "data abort at EL2");
	kprintf("trap: data abort at 0x%lx (EC 0x%02x, FSC 0x%02x %s, %s, "
		"FAR 0x%lx); stepping over it\n", tf->elr, esr_ec(tf->esr),
		fsc, esr_fsc_name(fsc),
		(iss & ESR_ISS_DABT_WNR) ? "write" : "read", tf->far);
	tf->elr += INSN_SIZE;
}

/* Synchronous exceptions, by exception class. A class without a handler
 * is one we did not expect. */
static void (*const sync_handlers[64])(struct trap_frame *) = {
	[ESR_EC_DABT_CUR] = handle_dabt_cur,
	[ESR_EC_BRK64]    = handle_brk,
};

static void handle_irq(const struct trap_frame *tf)
{
	unsigned intid = gic_ack();

	if (intid == ICC_INTID_SPURIOUS)
		return;         /* it went away before we looked */
	if (intid != INTID_CNTHP) {
		kprintf("unexpected interrupt: INTID %u\n", intid);
		panic(tf, "unexpected interrupt");
	}
	timer_irq();
	gic_eoi(intid);
}

void handle_exception(struct trap_frame *tf, unsigned kind)
{
	void (*handler)(struct trap_frame *);

	switch (kind) {
	case VEC_CURR_SPX_SYNC:
		handler = sync_handlers[esr_ec(tf->esr)];
		if (handler == 0)
			panic(tf, "unexpected synchronous exception at EL2");
		handler(tf);
		break;
	case VEC_CURR_SPX_IRQ:
		tf->esr = 0;            /* stale: an IRQ sets no syndrome */
		handle_irq(tf);
		break;
	default:
		if (VEC_IS_INTERRUPT(kind))
			tf->esr = 0;    /* stale: interrupts set no syndrome */
		panic(tf, kind_names[kind]);
	}
}
