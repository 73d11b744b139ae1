/*
 * Hypercalls, dispatched on the SMCCC function ID in the guest's w0: the
 * hypervisor's own calls, PSCI for the guest's one CPU, and SMCCC's
 * architecture calls. Each returns the value for the guest's x0. The
 * first call of each kind is logged and the rest only counted: a guest
 * may make the same call a million times, and that is no fault.
 */
#include <stdbool.h>
#include <stdint.h>
#include "esr.h"
#include "hypercall.h"
#include "print.h"
#include "profile.h"
#include "psci.h"
#include "smccc.h"
#include "sysregs.h"
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

/* Every call this hypervisor answers, and how often the guest made it.
 * The null call is not counted: it is the benchmarks' fast path. */
static struct call_kind {
	uint32_t fn;
	const char *name;
	unsigned long count;
} calls[] = {
	{ HYP_VERSION, "HYP_VERSION", 0 },
	{ HYP_CONSOLE_WRITE, "HYP_CONSOLE_WRITE", 0 },
	{ SMCCC_VERSION, "SMCCC_VERSION", 0 },
	{ SMCCC_ARCH_FEATURES, "SMCCC_ARCH_FEATURES", 0 },
	{ PSCI_VERSION, "PSCI_VERSION", 0 },
	{ PSCI_CPU_SUSPEND, "PSCI_CPU_SUSPEND", 0 },
	{ PSCI_CPU_SUSPEND_64, "PSCI_CPU_SUSPEND64", 0 },
	{ PSCI_CPU_OFF, "PSCI_CPU_OFF", 0 },
	{ PSCI_CPU_ON, "PSCI_CPU_ON", 0 },
	{ PSCI_CPU_ON_64, "PSCI_CPU_ON64", 0 },
	{ PSCI_AFFINITY_INFO, "PSCI_AFFINITY_INFO", 0 },
	{ PSCI_AFFINITY_INFO_64, "PSCI_AFFINITY_INFO64", 0 },
	{ PSCI_MIGRATE_INFO_TYPE, "PSCI_MIGRATE_INFO_TYPE", 0 },
	{ PSCI_SYSTEM_OFF, "PSCI_SYSTEM_OFF", 0 },
	{ PSCI_SYSTEM_RESET, "PSCI_SYSTEM_RESET", 0 },
	{ PSCI_FEATURES, "PSCI_FEATURES", 0 },
	{ HYP_CALL_UID, "HYP_CALL_UID", 0 },
	{ SMCCC_TRNG_VERSION, "TRNG_VERSION", 0 },
};

#define N_CALLS (sizeof(calls) / sizeof(calls[0]))

static struct call_kind *call_kind(uint32_t fn)
{
	for (unsigned i = 0; i < N_CALLS; i++)
		if (calls[i].fn == fn)
			return &calls[i];
	return 0;
}

/* What a PSCI call does to the machine, besides its answer. */
enum psci_effect {
	PSCI_RUNS_ON,           /* the guest goes on */
	PSCI_STOPS_OFF,         /* SYSTEM_OFF */
	PSCI_STOPS_RESET,       /* SYSTEM_RESET */
	PSCI_STOPS_CPU_OFF,     /* CPU_OFF of the only CPU */
};

/* The MPIDR affinity fields that name a CPU: Aff3, and Aff2 to Aff0. An
 * SMC32 call has only its low 32 bits, so no Aff3. */
#define MPIDR_AFF_MASK  (UL(0xff) << MPIDR_EL1_AFF3_SHIFT | MPIDR_EL1_AFF012_MASK)

static bool is_this_cpu(unsigned long target, unsigned long mpidr)
{
	return (target & ~MPIDR_AFF_MASK) == 0 &&
	       target == (mpidr & MPIDR_AFF_MASK);
}

/* A PSCI call, by its owner (SMC32 or SMC64 alike) and number (PSCI
 * has 0x00-0x1f of the standard service's; TRNG, for one, is 0x50)? */
static bool is_psci(uint32_t fn)
{
	return ((fn >> SMCCC_OWNER_SHIFT) & SMCCC_OWNER_MASK) == SMCCC_OWNER_STANDARD &&
	       (fn & PSCI_FN_MASK) <= PSCI_FN_LAST;
}

/*
 * PSCI 1.1 (Arm DEN 0022) for a machine of one CPU, whose MPIDR is
 * `mpidr`, and SMCCC's architecture calls (Arm DEN 0028). x1, x2 are the
 * call's arguments; an SMC32 call reads only their low halves. Pure: it
 * decides, and its caller carries out *effect.
 */
static long psci_answer(uint32_t fn, unsigned long x1, unsigned long x2,
			unsigned long mpidr, enum psci_effect *effect)
{
	*effect = PSCI_RUNS_ON;
	if (!(fn & SMCCC_64)) {
		x1 = (uint32_t)x1;
		x2 = (uint32_t)x2;
		mpidr &= MPIDR_EL1_AFF012_MASK;
	}
	switch (fn) {
	case SMCCC_VERSION:
		return SMCCC_VERSION_1_1;
	case SMCCC_ARCH_FEATURES:
		/* The two calls we have. The Spectre workarounds
		 * (SMCCC_ARCH_WORKAROUND_1/2/3) are NOT_SUPPORTED: this
		 * hypervisor applies none of them, and says so. */
		return x1 == SMCCC_VERSION || x1 == SMCCC_ARCH_FEATURES ?
		       SMCCC_RET_SUCCESS : SMCCC_RET_NOT_SUPPORTED;
	case PSCI_VERSION:
		return PSCI_VERSION_1_1;
	case PSCI_FEATURES:
		/* Every PSCI call answered here, and SMCCC_VERSION (how a
		 * caller learns that it may ask for it). For CPU_SUSPEND
		 * the answer is its flags: 0, the original power_state
		 * format, no OS-initiated mode. */
		return x1 == SMCCC_VERSION ||
		       (is_psci((uint32_t)x1) && call_kind((uint32_t)x1) != 0) ?
		       PSCI_RET_SUCCESS : PSCI_RET_NOT_SUPPORTED;
	case PSCI_CPU_SUSPEND:
	case PSCI_CPU_SUSPEND_64:
		/* A wake-up may come at any time, for any reason: here it
		 * comes at once, for a standby state as for a powerdown
		 * one (which then returns as if woken before power went). */
		return (x1 & PSCI_POWER_STATE_RES0) ? PSCI_RET_INVALID_PARAMETERS :
		       PSCI_RET_SUCCESS;
	case PSCI_CPU_OFF:
		*effect = PSCI_STOPS_CPU_OFF;
		return PSCI_RET_SUCCESS;
	case PSCI_CPU_ON:
	case PSCI_CPU_ON_64:
		return is_this_cpu(x1, mpidr) ? PSCI_RET_ALREADY_ON :
		       PSCI_RET_INVALID_PARAMETERS;
	case PSCI_AFFINITY_INFO:
	case PSCI_AFFINITY_INFO_64:
		/* x2, the lowest affinity level: from PSCI 1.0 on, only 0
		 * (a CPU) need be known. */
		return is_this_cpu(x1, mpidr) && x2 == 0 ? PSCI_AFFINITY_ON :
		       PSCI_RET_INVALID_PARAMETERS;
	case PSCI_MIGRATE_INFO_TYPE:
		return PSCI_TOS_NOT_PRESENT;
	case PSCI_SYSTEM_OFF:
		*effect = PSCI_STOPS_OFF;
		return PSCI_RET_SUCCESS;
	case PSCI_SYSTEM_RESET:
		*effect = PSCI_STOPS_RESET;
		return PSCI_RET_SUCCESS;
	default:
		return PSCI_RET_NOT_SUPPORTED;
	}
}

/* The guest has stopped the machine, one way or another: say how, and
 * how many calls of each kind it made, then power off. It is the only
 * guest: the machine has no other purpose. A reset would need a fresh
 * copy of the guest's image and every register it started with, which
 * this hypervisor does not keep; so SYSTEM_RESET powers off too. */
static void guest_stops_machine(enum psci_effect effect) __attribute__((noreturn));
static void guest_stops_machine(enum psci_effect effect)
{
	const char *sep = "";

	if (effect == PSCI_STOPS_OFF)
		kprintf("hyp: the guest asked for PSCI SYSTEM_OFF after %lu virtual "
			"interrupts (%lu reports of misbehaviour)\n", vgic_delivered(),
			guest_reports());
	else if (effect == PSCI_STOPS_RESET)
		kprintf("hyp: the guest asked for PSCI SYSTEM_RESET; this "
			"hypervisor cannot start it afresh, so it powers off\n");
	else
		kprintf("hyp: the guest turned its only CPU off (PSCI CPU_OFF); "
			"nothing can turn it on again\n");
	kprintf("hyp: calls answered: ");
	for (unsigned i = 0; i < N_CALLS; i++) {
		if (calls[i].count != 0) {
			kprintf("%s%lu %s", sep, calls[i].count, calls[i].name);
			sep = ", ";
		}
	}
	kprintf("\n");
	prof_print();
	power_off();
}

/* A call this hypervisor does not know: the instruction (the trap's
 * class tells HVC from SMC) and the function. Out of line: most calls
 * are quick. Known calls are not logged: an operating system makes
 * them as it runs, and the hypervisor stays quiet while it does; the
 * counts are printed when the machine stops. */
static void log_unknown(const struct vcpu *vcpu, uint32_t fn)
	__attribute__((noinline, cold));
static void log_unknown(const struct vcpu *vcpu, uint32_t fn)
{
	const char *insn = esr_ec(vcpu->regs.esr) == ESR_EC_SMC64 ? "smc" : "hvc";

	if (guest_report_allowed())
		kprintf("hyp: %s 0x%08x unknown function -> NOT_SUPPORTED\n", insn, fn);
}

/* Every call but the null one: carried out and counted (an unknown one
 * reported, as misbehaviour). */
static void counted_call(struct vcpu *vcpu, uint32_t fn) __attribute__((noinline));
static void counted_call(struct vcpu *vcpu, uint32_t fn)
{
	struct call_kind *kind = call_kind(fn);
	enum psci_effect effect = PSCI_RUNS_ON;
	long ret;

	if (kind != 0)
		kind->count++;
	switch (fn) {
	case HYP_VERSION:       ret = hyp_version(); break;
	case HYP_CONSOLE_WRITE: ret = hyp_console_write(vcpu); break;
	case SMCCC_TRNG_VERSION: ret = SMCCC_RET_NOT_SUPPORTED; break;
	case HYP_CALL_UID:
		vcpu->regs.x[1] = HYP_UID_W1;
		vcpu->regs.x[2] = HYP_UID_W2;
		vcpu->regs.x[3] = HYP_UID_W3;
		ret = HYP_UID_W0;
		break;
	default:
		ret = psci_answer(fn, vcpu->regs.x[1], vcpu->regs.x[2],
				  vcpu->mpidr, &effect);
		break;
	}
	vcpu->regs.x[0] = (unsigned long)ret;
	if (kind == 0)
		log_unknown(vcpu, fn);
	if (effect != PSCI_RUNS_ON)
		guest_stops_machine(effect);
}

/* The null call, made in loops (the benchmarks), is answered at once:
 * it needs none of the stack frame that the others do. */
void hypercall(struct vcpu *vcpu)
{
	uint32_t fn = (uint32_t)vcpu->regs.x[0];

	if (fn == HYP_NULL) {
		vcpu->regs.x[0] = SMCCC_RET_SUCCESS;
		return;
	}
	counted_call(vcpu, fn);
}
