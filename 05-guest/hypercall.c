/*
 * Hypercalls, dispatched on the SMCCC function ID in the guest's w0.
 * Each call is a row of a table: ID, name, handler. The handler returns
 * the value for the guest's x0.
 */
#include <stdbool.h>
#include <stdint.h>
#include "hypercall.h"
#include "print.h"
#include "psci.h"
#include "smccc.h"
#include "uart.h"
#include "vgic.h"

struct hypercall {
	uint32_t fn;
	const char *name;
	long (*handler)(struct vcpu *vcpu);
	bool quiet;     /* not logged: called in loops (benchmarks) */
};

static long hyp_version(struct vcpu *vcpu)
{
	(void)vcpu;
	return (HYP_VERSION_MAJOR << 16) | HYP_VERSION_MINOR;
}

/* x1 = the text's IPA, x2 = its length. The address is the guest's: it
 * is translated through the guest's stage-2 tables, page by page, and
 * every page must be guest memory the guest may read. Anything else is
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
		uart_putc(*(const volatile char *)(uintptr_t)pa);
	}
	return (long)len;
}

static long hyp_null(struct vcpu *vcpu)
{
	(void)vcpu;
	return SMCCC_RET_SUCCESS;
}

static long psci_version(struct vcpu *vcpu)
{
	(void)vcpu;
	return PSCI_VERSION_1_1;
}

/* The guest wants the machine off: it is the only guest, so do it. */
static long psci_guest_system_off(struct vcpu *vcpu)
{
	(void)vcpu;
	kprintf("hyp: the guest asked for PSCI SYSTEM_OFF after %lu virtual "
		"interrupts\n", vgic_delivered());
	power_off();
}

static const struct hypercall hypercalls[] = {
	{ HYP_VERSION,       "HYP_VERSION",       hyp_version,           false },
	{ HYP_CONSOLE_WRITE, "HYP_CONSOLE_WRITE", hyp_console_write,     false },
	{ HYP_NULL,          "HYP_NULL",          hyp_null,              true  },
	{ PSCI_VERSION,      "PSCI_VERSION",      psci_version,          false },
	{ PSCI_SYSTEM_OFF,   "PSCI_SYSTEM_OFF",   psci_guest_system_off, false },
};

void hypercall(struct vcpu *vcpu, const char *insn)
{
	uint32_t fn = (uint32_t)vcpu->regs.x[0];

	for (unsigned i = 0; i < sizeof(hypercalls) / sizeof(hypercalls[0]); i++) {
		const struct hypercall *call = &hypercalls[i];

		if (call->fn != fn)
			continue;
		vcpu->regs.x[0] = (unsigned long)call->handler(vcpu);
		if (!call->quiet)
			kprintf("hyp: %s 0x%08x %s -> 0x%lx\n", insn, fn,
				call->name, vcpu->regs.x[0]);
		return;
	}
	vcpu->regs.x[0] = (unsigned long)SMCCC_RET_NOT_SUPPORTED;
	kprintf("hyp: %s 0x%08x unknown function -> NOT_SUPPORTED\n", insn, fn);
}
