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
#include "uart.h"

static long hyp_version(void)
{
	return (HYP_VERSION_MAJOR << 16) | HYP_VERSION_MINOR;
}

/* x1 = address of the text, x2 = its length. There is no memory
 * isolation yet: the guest's address is used as it is, and the guest
 * could hand us any address at all. Chapter 04 fixes that. */
static long hyp_console_write(struct vcpu *vcpu)
{
	const char *text = (const char *)vcpu->regs.x[1];
	unsigned long len = vcpu->regs.x[2];

	if (len > HYP_CONSOLE_WRITE_MAX)
		return SMCCC_RET_INVALID_PARAMETER;
	for (unsigned long i = 0; i < len; i++)
		uart_putc(text[i]);
	return (long)len;
}

/* The guest wants the machine off: it is the only guest, so do it. */
static void psci_guest_system_off(void) __attribute__((noreturn));
static void psci_guest_system_off(void)
{
	kprintf("hyp: the guest asked for PSCI SYSTEM_OFF\n");
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
