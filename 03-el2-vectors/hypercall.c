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
	kprintf("hyp: the guest asked for PSCI SYSTEM_OFF\n");
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
