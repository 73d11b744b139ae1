/*
 * Hypercalls, dispatched on the SMCCC function ID in the guest's w0. Each
 * call has a handler that returns the value for the guest's x0; every
 * call but the null one is logged.
 */
#include <stdint.h>
#include "esr.h"
#include "hypercall.h"
#include "print.h"
#include "psci.h"
#include "smccc.h"
#include "traps.h"
#include "uart.h"
#include "vgic.h"

static long hyp_version(void)
{
	return (HYP_VERSION_MAJOR << 16) | HYP_VERSION_MINOR;
}

/* x1 = the text's IPA, x2 = its length. The address is the guest's: it
 * is translated through the guest's stage-2 tables, byte by byte, and
 * every byte must be in guest memory the guest may read. Anything else is
 * refused before a single byte is printed. */
static long hyp_console_write(struct vcpu *vcpu)
{
	uint64_t ipa = vcpu->regs.x[1], pa;
	unsigned long len = vcpu->regs.x[2];
	unsigned flags;

	if (len > HYP_CONSOLE_WRITE_MAX || ipa + len < ipa)
		return SMCCC_RET_INVALID_PARAMETER;
	for (unsigned long i = 0; i < len; i++) {
		if (!s2_translate(vcpu->s2, ipa + i, &pa, &flags) ||
		    (flags & (S2_READ | S2_DEVICE)) != S2_READ)
			return SMCCC_RET_INVALID_PARAMETER;
	}
	for (unsigned long i = 0; i < len; i++) {
		s2_translate(vcpu->s2, ipa + i, &pa, &flags);
		dcache_clean_line(pa);
		uart_putc(*(const volatile char *)(uintptr_t)pa);
	}
	return (long)len;
}

/* The guest wants the machine off: it is the only guest, so do it. */
static void psci_guest_system_off(void) __attribute__((noreturn));
static void psci_guest_system_off(void)
{
	kprintf("hyp: the guest asked for PSCI SYSTEM_OFF after %lu virtual "
		"interrupts (%lu reports of misbehaviour)\n", vgic_delivered(),
		guest_reports());
	power_off();
}

static const char *call_name(uint32_t fn)
{
	switch (fn) {
	case HYP_VERSION:       return "HYP_VERSION";
	case HYP_CONSOLE_WRITE: return "HYP_CONSOLE_WRITE";
	case PSCI_VERSION:      return "PSCI_VERSION";
	default:                return 0;
	}
}

/* One line per call: the instruction (the trap's class tells HVC from
 * SMC), the function, the result. Out of line: most calls are quick. */
static void log_call(const struct vcpu *vcpu, uint32_t fn)
	__attribute__((noinline, cold));
static void log_call(const struct vcpu *vcpu, uint32_t fn)
{
	const char *insn = esr_ec(vcpu->regs.esr) == ESR_EC_SMC64 ? "smc" : "hvc";
	const char *name = call_name(fn);

	if (name == 0 && !guest_report_allowed())
		return;                 /* too many unknown calls: counted only */
	if (name == 0)
		kprintf("hyp: %s 0x%08x unknown function -> NOT_SUPPORTED\n", insn, fn);
	else
		kprintf("hyp: %s 0x%08x %s -> 0x%lx\n", insn, fn, name, vcpu->regs.x[0]);
}

/* Every call but the null one: carried out, then logged. */
static void logged_call(struct vcpu *vcpu, uint32_t fn) __attribute__((noinline));
static void logged_call(struct vcpu *vcpu, uint32_t fn)
{
	long ret;

	switch (fn) {
	case HYP_VERSION:       ret = hyp_version(); break;
	case HYP_CONSOLE_WRITE: ret = hyp_console_write(vcpu); break;
	case PSCI_VERSION:      ret = PSCI_VERSION_1_1; break;
	case PSCI_SYSTEM_OFF:   psci_guest_system_off();
	default:                ret = SMCCC_RET_NOT_SUPPORTED; break;
	}
	vcpu->regs.x[0] = (unsigned long)ret;
	log_call(vcpu, fn);
}

/* The null call, made in loops (the benchmarks), is answered at once:
 * it needs none of the stack frame that logging does. */
void hypercall(struct vcpu *vcpu)
{
	uint32_t fn = (uint32_t)vcpu->regs.x[0];

	if (fn == HYP_NULL) {
		vcpu->regs.x[0] = SMCCC_RET_SUCCESS;
		return;
	}
	logged_call(vcpu, fn);
}
