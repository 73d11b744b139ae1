/*
 * The guest trapped to EL2: decide what its instruction should have done,
 * do it on the guest's behalf, and let it go on.
 *
 * Handlers are found by ESR_EL2.EC. A handler changes the vcpu: results
 * into the guest's registers, and ELR (the guest's PC) past the trapped
 * instruction where the hardware left it pointing at the instruction.
 */
#include <stdbool.h>
#include "esr.h"
#include "exceptions.h"
#include "gic.h"
#include "hypercall.h"
#include "mmio.h"
#include "print.h"
#include "profile.h"
#include "platform.h"
#include "psci.h"
#include "pstate.h"
#include "sysreg_trap.h"
#include "sysregs.h"
#include "traps.h"
#include "vectors.h"
#include "vgic.h"
#include "vuart.h"

/*
 * Make the guest take a synchronous exception at its own EL1 vectors, as
 * the CPU would have done: ESR_EL1 says why, ELR_EL1 and SPSR_EL1 keep
 * its PC and its whole PSTATE, and it continues at VBAR_EL1 + the vector
 * for where it was, with PSTATE set as on any exception entry to EL1
 * (pstate.h has both rules). The ID registers say which PSTATE bits
 * this CPU has.
 */
static void inject_sync_exception(struct vcpu *vcpu, unsigned long esr)
{
	struct pstate_features f = pstate_features(read_sysreg(id_aa64pfr0_el1),
						   read_sysreg(id_aa64pfr1_el1),
						   read_sysreg(id_aa64mmfr1_el1));

	write_sysreg(esr_el1, esr);
	write_sysreg(elr_el1, vcpu->regs.elr);
	write_sysreg(spsr_el1, vcpu->regs.spsr);
	vcpu->regs.elr = read_sysreg(vbar_el1) +
			 el1_sync_vector(vcpu->regs.spsr) * VEC_SLOT_SIZE;
	vcpu->regs.spsr = el1_entry_pstate(vcpu->regs.spsr, read_sysreg(sctlr_el1), f);
}

/*
 * The guest's instruction at ELR trapped, and the hypervisor did its
 * work: move the guest on as the CPU would after completing it. The
 * instruction is 4 bytes, or 2 for a 16-bit T32 one (ESR_EL2.IL), and
 * PSTATE changes as after any instruction (pstate.h).
 */
static inline void step_over_insn(struct vcpu *vcpu)
{
	vcpu->regs.elr += trapped_insn_length(vcpu->regs.esr);
	vcpu->regs.spsr = pstate_after_insn(vcpu->regs.spsr);
}

/* An undefined instruction: EC 0 ("unknown reason"), 32-bit instruction. */
static void inject_undef(struct vcpu *vcpu)
{
	inject_sync_exception(vcpu, ((unsigned long)ESR_EC_UNKNOWN << ESR_EL2_EC_SHIFT) |
				    ESR_EL2_IL);
}

/*
 * An abort, as the guest would see one from a bus that said no: a
 * synchronous external abort at the guest's virtual address FAR_EL2,
 * with the data abort's direction. `from_el0` picks the exception class:
 * aborts taken from EL0 (in AArch64 or AArch32: M[3:0] is 0 for both)
 * have the "lower EL" class, from EL1 "current EL".
 * ISV = 0: the guest gets no syndrome to emulate from.
 */
static void inject_abort(struct vcpu *vcpu, bool data)
{
	bool from_el0 = (vcpu->regs.spsr & SPSR_EL2_M_MASK) == SPSR_EL2_M_EL0T;
	unsigned long ec, iss = ESR_FSC_SEA;

	if (data) {
		ec = from_el0 ? ESR_EC_DABT_LOW : ESR_EC_DABT_CUR;
		iss |= esr_iss(vcpu->regs.esr) & ESR_ISS_DABT_WNR;
	} else {
		ec = from_el0 ? ESR_EC_IABT_LOW : ESR_EC_IABT_CUR;
	}
	write_sysreg(far_el1, vcpu->regs.far);
	inject_sync_exception(vcpu, (ec << ESR_EL2_EC_SHIFT) | ESR_EL2_IL | iss);
}

/*
 * Reports of what the guest did wrong go to the console, but a guest can
 * do wrong a million times in a row: after REPORT_LIMIT reports it says
 * so once, and then only counts. The guest is still answered each time.
 */
#define REPORT_LIMIT 32

static unsigned long reports;

bool guest_report_allowed(void)
{
	if (reports++ < REPORT_LIMIT)
		return true;
	if (reports == REPORT_LIMIT + 1)
		kprintf("hyp: the guest keeps misbehaving: no more reports, "
			"just a count at the end\n");
	return false;
}

unsigned long guest_reports(void)
{
	return reports;
}

/* Something we have no answer for: report, then stop (the guest is the
 * machine's only purpose, so stopping it means powering off). Kept out
 * of line, so that the common paths that may call it stay short. */
static void guest_stop(struct vcpu *vcpu, const char *why)
	__attribute__((noreturn, noinline, cold));
static void guest_stop(struct vcpu *vcpu, const char *why)
{
	kprintf("hyp: stopping the guest: %s\n", why);
	vcpu->regs.sp = read_sysreg(sp_el1);
	vcpu->regs.far = read_sysreg(far_el2);
	dump_frame(&vcpu->regs);
	power_off();
}

/* SMC with HCR_EL2.TSC set: ELR points at the SMC itself. The firmware
 * never sees the call; we answer it as if it were an HVC. */
static void handle_smc(struct vcpu *vcpu)
{
	unsigned long start = prof_start();

	step_over_insn(vcpu);
	hypercall(vcpu);
	prof_count(PROF_HVC, start);
}

/* HVC: ELR already points past it. Counted for the trap profile. */
static void handle_hvc(struct vcpu *vcpu)
{
	unsigned long start = prof_start();

	hypercall(vcpu);
	prof_count(PROF_HVC, start);
}

/* The CPU's own value of the ID register at an encoding of the ID space,
 * read with its S3_0_C0_C<m>_<n> name: an assembler need not know the
 * names of the newer registers. */
#define ID_READ(m, n)   case SYSREG(3, 0, 0, m, n): return read_sysreg(S3_0_C0_C##m##_##n);
#define ID_READ_ROW(m)  ID_READ(m, 0) ID_READ(m, 1) ID_READ(m, 2) ID_READ(m, 3) \
			ID_READ(m, 4) ID_READ(m, 5) ID_READ(m, 6) ID_READ(m, 7)

static unsigned long id_reg_hw(unsigned encoding)
{
	switch (encoding) {
	ID_READ_ROW(1) ID_READ_ROW(2) ID_READ_ROW(3) ID_READ_ROW(4)
	ID_READ_ROW(5) ID_READ_ROW(6) ID_READ_ROW(7)
	}
	return 0;
}

/* What the guest reads at each encoding of the ID space. The values
 * depend only on the CPU and on CPTR_EL2 and MDCR_EL2, which are set
 * before the guest starts and never change while it runs: they are
 * worked out once, at the first read, and every trap after that is a
 * table lookup. Out of line: the lookup is the common case. */
static unsigned long id_values[SYSREG_ID_LAST - SYSREG_ID_FIRST + 1];

static void id_values_fill(void) __attribute__((noinline, cold));
static void id_values_fill(void)
{
	for (unsigned e = SYSREG_ID_FIRST; e <= SYSREG_ID_LAST; e++)
		id_values[e - SYSREG_ID_FIRST] =
			id_reg_sanitise(e, id_reg_hw(e), read_sysreg(cptr_el2),
					read_sysreg(mdcr_el2));
}

/*
 * DC ISW, CSW or CISW, trapped by HCR_EL2.TSW. By set/way an operation
 * acts on this CPU's cache as it is, whoever's data a line holds: DC ISW
 * (invalidate, no clean) could throw away the hypervisor's dirty lines.
 * Each is done as DC CISW on the guest's set and way: what it asked for,
 * with a clean first, which loses nothing. False for any other system
 * instruction. The first one is logged. Out of line: the register
 * accesses of handle_sysreg are the common case.
 */
static bool handle_dc_sw(struct vcpu *vcpu, const struct sysreg_access *a)
	__attribute__((noinline, cold));
static bool handle_dc_sw(struct vcpu *vcpu, const struct sysreg_access *a)
{
	static bool logged;
	unsigned enc = sysreg_encoding(a);
	unsigned long setway;

	if (enc != SYSREG_DC_ISW && enc != SYSREG_DC_CSW && enc != SYSREG_DC_CISW)
		return false;
	setway = a->rt == 31 ? 0 : vcpu->regs.x[a->rt];
	__asm__ volatile("dc cisw, %0" : : "r"(setway) : "memory");
	if (!logged)
		kprintf("hyp: dc %s at 0x%lx trapped: done as dc cisw (set/way "
			"0x%lx)\n", enc == SYSREG_DC_ISW ? "isw" :
			enc == SYSREG_DC_CSW ? "csw" : "cisw", vcpu->regs.elr, setway);
	logged = true;
	step_over_insn(vcpu);
	return true;
}

/* MRS/MSR with a trap bit set (here HCR_EL2.TID3, which traps reads of
 * the ID space). The guest reads what id_reg_sanitise() lets it see. */
static void handle_sysreg(struct vcpu *vcpu)
{
	static bool filled;
	unsigned long start = prof_start();
	struct sysreg_access a = sysreg_decode(esr_iss(vcpu->regs.esr));
	unsigned encoding = sysreg_encoding(&a);

	if (a.op0 == SYSREG_OP0_INSN && handle_dc_sw(vcpu, &a))
		return;
	if (a.read && sysreg_is_id(encoding)) {
		unsigned long value;

		if (!filled)
			id_values_fill();
		filled = true;
		value = id_values[encoding - SYSREG_ID_FIRST];
		if (a.rt != 31)         /* x31 here is XZR: the value is dropped */
			vcpu->regs.x[a.rt] = value;
		step_over_insn(vcpu);
		prof_count(PROF_SYSREG, start);
		return;
	}

	/* An SGI the guest sends (to itself: it has one CPU). A write
	 * to ICC_ASGI1R_EL1 is for the other security state, which this
	 * GIC does not have (GICD_CTLR.DS): it raises nothing. */
	if (!a.read && (encoding == SYSREG_ICC_SGI1R_EL1 ||
			encoding == SYSREG_ICC_SGI0R_EL1 ||
			encoding == SYSREG_ICC_ASGI1R_EL1)) {
		if (encoding != SYSREG_ICC_ASGI1R_EL1)
			vgic_send_sgi(a.rt == 31 ? 0 : vcpu->regs.x[a.rt],
				      encoding == SYSREG_ICC_SGI1R_EL1);
		step_over_insn(vcpu);
		prof_count(PROF_SGI, start);
		return;
	}

	/* Not a register we emulate (the ID registers are read-only: a
	 * write to one is undefined): to the guest, the instruction is
	 * undefined. ELR stays at the instruction, as for a real UNDEF. */
	if (guest_report_allowed())
		kprintf("hyp: %s S%u_%u_C%u_C%u_%u at 0x%lx trapped: not emulated, "
		"injecting an undefined instruction\n", a.read ? "mrs" : "msr",
		a.op0, a.op1, a.crn, a.crm, a.op2, vcpu->regs.elr);
	inject_undef(vcpu);
}

/*
 * The faulting IPA: the page from HPFAR_EL2, the offset in it from
 * FAR_EL2. HPFAR_EL2 does not hold it for every fault (fault_ipa() says
 * when it does): for a permission fault on an ordinary access we only
 * have the guest's virtual address in FAR_EL2 (which equals the IPA
 * while the guest's own MMU is off).
 */
static uint64_t hpfar_ipa(const struct vcpu *vcpu)
{
	return ((read_sysreg(hpfar_el2) & HPFAR_EL2_FIPA_MASK) >> HPFAR_EL2_FIPA_SHIFT)
		       << S2_PAGE_SHIFT |
	       (vcpu->regs.far & (S2_PAGE_SIZE - 1));
}

/*
 * The faulting IPA, if HPFAR_EL2 holds it: for a stage-2 translation,
 * access flag or address size fault, and for any stage-2 fault on the
 * guest's own stage-1 table walk (S1PTW, the same bit in a data and an
 * instruction abort's ISS). On a walk, FAR_EL2's low bits are the VA's,
 * not the descriptor's: only the page is known.
 */
static bool fault_ipa(const struct vcpu *vcpu, unsigned long iss, uint64_t *ipa)
{
	unsigned long type = iss & ESR_FSC_TYPE_MASK;

	if (iss & ESR_ISS_DABT_S1PTW) {
		*ipa = hpfar_ipa(vcpu) & ~(S2_PAGE_SIZE - 1);
		return true;
	}
	if (type != ESR_FSC_TRANSLATION && type != ESR_FSC_ACCESS_FLAG &&
	    type != ESR_FSC_ADDR_SIZE)
		return false;
	*ipa = hpfar_ipa(vcpu);
	return true;
}

static const char *const mmio_errors[] = {
	[MMIO_NO_DEVICE]   = "neither guest memory nor an emulated device",
	[MMIO_NO_SYNDROME] = "ISV = 0, no syndrome to emulate from",
	[MMIO_UNSUPPORTED] = "an offset or width the device does not support",
};

/* What the faulting instruction did. A cache maintenance instruction
 * (DC CIVAC, say) reports WnR = 1 but writes nothing. */
static const char *access_name(const struct dabt *d)
{
	return d->cm ? "cache maintenance" : d->write ? "write" : "read";
}

/* A data abort emulation could not answer (r says why): say what it
 * was, then give the guest a data abort. Out of line: the emulated path
 * is the hot one. */
static void refuse_dabt(struct vcpu *vcpu, enum mmio_result r)
	__attribute__((noinline, cold));
static void refuse_dabt(struct vcpu *vcpu, enum mmio_result r)
{
	struct dabt d = dabt_decode(esr_iss(vcpu->regs.esr));
	const struct mmio_device *dev;
	uint64_t ipa;

	if (!guest_report_allowed()) {
		/* counted, not printed */
	} else if (!fault_ipa(vcpu, esr_iss(vcpu->regs.esr), &ipa)) {
		kprintf("hyp: stage-2 fault: %s at VA 0x%lx, FSC 0x%02x (%s) "
			"-> data abort injected\n", access_name(&d),
			vcpu->regs.far, d.fsc, esr_fsc_name(d.fsc));
	} else {
		kprintf("hyp: stage-2 fault: ");
		if (d.isv)
			kprintf("%u-byte ", d.size);
		kprintf("%s at IPA %s0x%08lx", access_name(&d),
			d.s1ptw ? "page " : "", ipa);
		dev = mmio_find_device(ipa);
		if (dev != 0)
			kprintf(" (%s)", dev->name);
		kprintf(", FSC 0x%02x (%s): %s -> data abort injected\n", d.fsc,
			esr_fsc_name(d.fsc), d.s1ptw ?
			"on the guest's own stage-1 table walk" : mmio_errors[r]);
	}
	inject_abort(vcpu, true);
}

/*
 * A data access stage 2 did not allow. A translation fault (nothing is
 * mapped there) on the guest's own access, not on its stage-1 table
 * walk, may be for an emulated device: emulate it, and step the guest
 * past the instruction. Anything else is reported and becomes a data
 * abort for the guest.
 */
static void handle_dabt_lower(struct vcpu *vcpu)
{
	unsigned long start = prof_start();
	unsigned long iss = esr_iss(vcpu->regs.esr);
	enum mmio_result r = MMIO_NO_DEVICE;

	vcpu->regs.far = read_sysreg(far_el2);  /* not saved on the way in */
	if ((iss & ESR_FSC_TYPE_MASK) == ESR_FSC_TRANSLATION &&
	    !(iss & ESR_ISS_DABT_S1PTW)) {
		uint64_t ipa = hpfar_ipa(vcpu);

		r = mmio_emulate(vcpu, ipa, iss,
				 guest_big_endian(vcpu->regs.spsr, read_sysreg(sctlr_el1)));
		if (r == MMIO_DONE) {
			step_over_insn(vcpu);
			prof_count(ipa >= GUEST_UART_IPA ? PROF_MMIO_UART :
				   ipa >= GUEST_GICR_IPA ? PROF_MMIO_GICR :
				   PROF_MMIO_GICD, start);
			return;
		}
	}
	refuse_dabt(vcpu, r);
}

/* An instruction fetch stage 2 did not allow: outside guest memory, or
 * from a page mapped execute-never. */
static void handle_iabt_lower(struct vcpu *vcpu)
{
	unsigned long iss = esr_iss(vcpu->regs.esr);
	unsigned fsc = (unsigned)(iss & ESR_ISS_IABT_IFSC_MASK);
	uint64_t ipa;

	vcpu->regs.far = read_sysreg(far_el2);  /* not saved on the way in */

	if (!guest_report_allowed())
		;                       /* counted, not printed */
	else if (fault_ipa(vcpu, iss, &ipa))
		kprintf("hyp: stage-2 fault: instruction fetch at IPA %s0x%08lx, "
			"FSC 0x%02x (%s) -> prefetch abort injected\n",
			(iss & ESR_ISS_DABT_S1PTW) ? "page " : "", ipa, fsc,
			esr_fsc_name(fsc));
	else
		kprintf("hyp: stage-2 fault: instruction fetch at VA 0x%lx, "
			"FSC 0x%02x (%s) -> prefetch abort injected\n",
			vcpu->regs.far, fsc, esr_fsc_name(fsc));
	inject_abort(vcpu, false);
}

/* The handlers of synchronous traps, by exception class. vectors.S
 * looks them up; a class with no handler goes to handle_guest_exception. */
void (*const guest_sync_handlers[64])(struct vcpu *) = {
	[ESR_EC_HVC64]    = handle_hvc,
	[ESR_EC_SMC64]    = handle_smc,
	[ESR_EC_SYS64]    = handle_sysreg,
	[ESR_EC_IABT_LOW] = handle_iabt_lower,
	[ESR_EC_DABT_LOW] = handle_dabt_lower,
};

void hang_check_arm(void)
{
	/* CVAL, a 64-bit compare value: TVAL is a signed 32-bit count of
	 * ticks, too small for long periods of a counter at 1 GHz. */
	write_sysreg(cnthp_cval_el2, read_sysreg(cntpct_el0) +
				     read_sysreg(cntfrq_el0) * HANG_CHECK_S);
	write_sysreg(cnthp_ctl_el2, CNTHP_CTL_ENABLE);
	isb();
}

/*
 * A physical IRQ while the guest ran (HCR_EL2.IMO routes them all to
 * EL2). A timer's goes on to the guest as a virtual interrupt, and the
 * physical one stays active until the guest ends it. The others are the
 * hypervisor's own, ended here: the UART's (input for the guest), the
 * GIC's maintenance interrupt, the hang detector's timer.
 */
static void handle_guest_irq(struct vcpu *vcpu)
{
	unsigned long start = prof_start();
	unsigned intid = gic_ack();

	if (intid == ICC_INTID_SPURIOUS)
		return;
	gic_eoi(intid);                 /* drop priority; still active */
	if (intid == INTID_CNTV || intid == INTID_CNTP) {
		vgic_inject_hw(intid);
		prof_count(PROF_IRQ_TIMER, start);
		return;
	}
	gic_deactivate(intid);
	switch (intid) {
	case INTID_UART:
		vuart_receive();
		prof_count(PROF_IRQ_UART, start);
		return;
	case INTID_GIC_MAINT:
		vgic_maintenance();
		prof_count(PROF_IRQ_MAINT, start);
		return;
	case INTID_CNTHP:
		/* An OS may run as long as it likes, but one that has not
		 * taken an interrupt waiting for it since the last check
		 * (interrupts masked, spinning) will never get anywhere. */
		if (!vgic_stuck()) {
			hang_check_arm();
			prof_count(PROF_OTHER, start);
			return;
		}
		write_sysreg(cnthp_ctl_el2, 0);
		vcpu->regs.esr = 0;     /* stale: an IRQ sets no syndrome */
		guest_stop(vcpu, "hung: an interrupt has waited for it, "
			   "untaken, for a whole check period");
	}
	kprintf("hyp: unexpected physical interrupt INTID %u\n", intid);
	guest_stop(vcpu, "an interrupt nobody owns");
}

static const char *const serror_types[8] = {
	[ESR_SERROR_AET_UC] = "uncontainable", [1] = "unrecoverable",
	[2] = "restartable", [3] = "recoverable", [ESR_SERROR_AET_CE] = "corrected",
	[4] = "reserved", [5] = "reserved", [7] = "reserved",
};

/*
 * A physical SError from the guest: taken to EL2 while it ran
 * (HCR_EL2.AMO), or left pending by its accesses when it trapped
 * (vectors.S, take_guest_serror). Reported decoded, then:
 *   corrected (AET CE)       nothing was lost: the guest goes on
 *   uncontainable (AET UC)   nothing says what was corrupted, ours
 *                            included: stop
 *   anything else            the guest's access failed, as it would have
 *                            on the bare board: it gets a virtual SError
 *                            (HCR_EL2.VSE), taken at its own vectors once
 *                            its PSTATE.A allows, with the same syndrome
 *                            in ESR_EL1 where FEAT_RAS gives VSESR_EL2.
 * The guest's own handler decides what an error costs it; stopping it
 * here would end a guest that could have survived a device's error.
 * AET is only architected for FEAT_RAS's syndrome (IDS = 0, DFSC 0x11).
 */
static void serror_from_guest(struct vcpu *vcpu, unsigned long esr)
{
	unsigned long iss = esr_iss(esr);
	unsigned dfsc = (unsigned)(iss & ESR_ISS_SERROR_DFSC_MASK);
	unsigned aet = (unsigned)((iss & ESR_ISS_SERROR_AET_MASK) >>
				  ESR_ISS_SERROR_AET_SHIFT);
	bool typed = !(iss & ESR_ISS_SERROR_IDS) && dfsc == ESR_SERROR_DFSC_ASYNC;

	if (!guest_report_allowed())
		;                       /* counted, not printed */
	else if (iss & ESR_ISS_SERROR_IDS)
		kprintf("hyp: SError from the guest at 0x%lx: ESR_EL2 0x%08lx, "
			"IMPLEMENTATION DEFINED syndrome\n", vcpu->regs.elr, esr);
	else
		kprintf("hyp: SError from the guest at 0x%lx: ESR_EL2 0x%08lx, "
			"AET %u (%s), EA %u, DFSC 0x%02x (%s)\n", vcpu->regs.elr,
			esr, aet, typed ? serror_types[aet] : "not architected",
			(iss & ESR_ISS_SERROR_EA) ? 1U : 0U, dfsc,
			typed ? "asynchronous SError" : "uncategorized");
	if (typed && aet == ESR_SERROR_AET_CE)
		return;
	if (typed && aet == ESR_SERROR_AET_UC)
		guest_stop(vcpu, "an uncontainable SError");
	if ((read_sysreg(id_aa64pfr0_el1) >> ID_AA64PFR0_EL1_RAS_SHIFT) & ID_FIELD_MASK)
		write_sysreg(vsesr_el2, iss);
	write_sysreg(hcr_el2, read_sysreg(hcr_el2) | HCR_EL2_VSE);
}

void guest_serror(unsigned long esr)
{
	serror_from_guest((struct vcpu *)read_sysreg(tpidr_el2), esr);
}

static void unexpected_exception(struct vcpu *vcpu, unsigned kind)
	__attribute__((noreturn));
static void unexpected_exception(struct vcpu *vcpu, unsigned kind)
{
	if (VEC_IS_INTERRUPT(kind))
		vcpu->regs.esr = 0;     /* stale: interrupts set no syndrome */
	guest_stop(vcpu, kind == VEC_LOWER_A64_SYNC ?
		   "a trap this hypervisor has no handler for" : vector_name(kind));
}

/* What vectors.S does not send straight to a handler: an SError or an
 * interrupt (both handled), or a trap of a class without a handler. */
void handle_guest_exception(struct vcpu *vcpu, unsigned kind)
{
	if (kind == VEC_LOWER_A64_SERROR) {
		serror_from_guest(vcpu, vcpu->regs.esr);
		return;
	}
	if (kind == VEC_LOWER_A64_IRQ) {
		handle_guest_irq(vcpu);
		return;
	}
	unexpected_exception(vcpu, kind);
}
