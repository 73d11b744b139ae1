/*
 * Exceptions taken to EL2 from EL2 itself, and the register dump that
 * reports them. vectors.S saves a trap frame and calls handle_exception().
 */
#include "esr.h"
#include "exceptions.h"
#include "print.h"
#include "psci.h"
#include "sysregs.h"
#include "traps.h"
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

void dump_frame(const struct trap_frame *tf)
{
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
	kprintf("PANIC: unexpected exception at EL2: %s\n", why);
	dump_frame(tf);
	power_off();
}

const char *vector_name(unsigned kind)
{
	return kind_names[kind];
}

/* vectors.S: where take_guest_serror lets a pending SError in. */
extern char guest_serror_window[], guest_serror_window_end[];

/* Exceptions from the guest go to handle_guest_exception() (traps.c).
 * The hypervisor itself expects none, but for an SError the guest left
 * pending, taken in the window of take_guest_serror: any other exception
 * taken from EL2 is a bug in it. */
void handle_exception(struct trap_frame *tf, unsigned kind)
{
	if (kind == VEC_CURR_SPX_SERROR &&
	    tf->elr >= (unsigned long)guest_serror_window &&
	    tf->elr <= (unsigned long)guest_serror_window_end) {
		guest_serror(tf->esr);
		return;
	}
	if (VEC_IS_INTERRUPT(kind))
		tf->esr = 0;            /* stale: interrupts set no syndrome */
	panic(tf, kind_names[kind]);
}
