/*
 * The EL2 exception vector table and the code that saves and restores a
 * trap frame around the C handler: on the EL2 stack for exceptions taken
 * from EL2 itself, in the running vcpu for exceptions from the guest.
 *
 * VBAR_EL2 holds the table's address; its low 11 bits are RES0, so the
 * table is 2 KiB aligned. Each of the 16 entries is 0x80 bytes (32
 * instructions) of code, not a pointer: the CPU jumps straight into it.
 */
#include "sysregs.h"
#include "trap_frame.h"
#include "vectors.h"

/*
 * One entry: make room for a trap frame, free two registers, note which
 * entry this is in x0, and go to the common code. The .org fails the
 * build if the entry grows past its 0x80 bytes (the assembler then says
 * "attempt to move .org backwards").
 */
.macro ventry name, kind
	.balign	VEC_SLOT_SIZE
\name:
	sub	sp, sp, #TF_SIZE
	stp	x0, x1, [sp, #TF_X(0)]
	mov	x0, #\kind
	b	el2_trap
	.org	\name + VEC_SLOT_SIZE
.endm

/*
 * An entry for exceptions from the guest (lower EL, AArch64): free two
 * registers on the EL2 stack, find the running vcpu, and go to
 * guest_exit_sync (a synchronous trap) or guest_exit (anything else, with
 * the entry's kind in x1).
 */
.macro ventry_guest_sync name
	.balign	VEC_SLOT_SIZE
\name:
	stp	x0, x1, [sp, #-16]!
	mrs	x0, tpidr_el2
	b	guest_exit_sync
	.org	\name + VEC_SLOT_SIZE
.endm

.macro ventry_guest name, kind
	.balign	VEC_SLOT_SIZE
\name:
	stp	x0, x1, [sp, #-16]!
	mrs	x0, tpidr_el2
	mov	x1, #\kind
	b	guest_exit
	.org	\name + VEC_SLOT_SIZE
.endm

	.text
	.balign	VEC_TABLE_ALIGN
	.global	el2_vectors
el2_vectors:
	ventry	curr_el_sp0_sync,       VEC_CURR_SP0_SYNC
	ventry	curr_el_sp0_irq,        VEC_CURR_SP0_IRQ
	ventry	curr_el_sp0_fiq,        VEC_CURR_SP0_FIQ
	ventry	curr_el_sp0_serror,     VEC_CURR_SP0_SERROR
	ventry	curr_el_spx_sync,       VEC_CURR_SPX_SYNC
	ventry	curr_el_spx_irq,        VEC_CURR_SPX_IRQ
	ventry	curr_el_spx_fiq,        VEC_CURR_SPX_FIQ
	ventry	curr_el_spx_serror,     VEC_CURR_SPX_SERROR
	ventry_guest_sync lower_el_aarch64_sync
	ventry_guest lower_el_aarch64_irq,   VEC_LOWER_A64_IRQ
	ventry_guest lower_el_aarch64_fiq,   VEC_LOWER_A64_FIQ
	ventry_guest lower_el_aarch64_serror, VEC_LOWER_A64_SERROR
	/* "Lower EL in AArch32" means EL1 in AArch32 (HCR_EL2.RW = 0), which
	 * this hypervisor never allows: even code the guest runs at EL0 in
	 * AArch32 traps to the lower_el_aarch64 entries above. */
	ventry	lower_el_aarch32_sync,  VEC_LOWER_A32_SYNC
	ventry	lower_el_aarch32_irq,   VEC_LOWER_A32_IRQ
	ventry	lower_el_aarch32_fiq,   VEC_LOWER_A32_FIQ
	ventry	lower_el_aarch32_serror, VEC_LOWER_A32_SERROR
	.size	el2_vectors, . - el2_vectors

/*
 * Save the rest of the trap frame, call handle_exception(frame, kind),
 * then restore and return. On entry x0 = kind, and the entry has saved
 * the interrupted x0 and x1 in the frame.
 */
	.type	el2_trap, %function
el2_trap:
	stp	x2, x3, [sp, #TF_X(2)]
	stp	x4, x5, [sp, #TF_X(4)]
	stp	x6, x7, [sp, #TF_X(6)]
	stp	x8, x9, [sp, #TF_X(8)]
	stp	x10, x11, [sp, #TF_X(10)]
	stp	x12, x13, [sp, #TF_X(12)]
	stp	x14, x15, [sp, #TF_X(14)]
	stp	x16, x17, [sp, #TF_X(16)]
	stp	x18, x19, [sp, #TF_X(18)]
	stp	x20, x21, [sp, #TF_X(20)]
	stp	x22, x23, [sp, #TF_X(22)]
	stp	x24, x25, [sp, #TF_X(24)]
	stp	x26, x27, [sp, #TF_X(26)]
	stp	x28, x29, [sp, #TF_X(28)]
	add	x1, sp, #TF_SIZE                /* SP as it was before the entry */
	stp	x30, x1, [sp, #TF_X(30)]        /* x30, then sp (TF_SP) */

	/* The exception registers: a nested exception would overwrite
	 * them, so the handler works on this copy. */
	mrs	x2, elr_el2
	mrs	x3, spsr_el2
	stp	x2, x3, [sp, #TF_ELR]
	mrs	x2, esr_el2
	mrs	x3, far_el2
	stp	x2, x3, [sp, #TF_ESR]

	mov	x1, x0                          /* kind */
	mov	x0, sp                          /* struct trap_frame * */
	bl	handle_exception

	/* The handler may have changed ELR (to step over an instruction)
	 * or any register: restore from the frame. */
	ldp	x2, x3, [sp, #TF_ELR]
	msr	elr_el2, x2
	msr	spsr_el2, x3

	ldp	x0, x1, [sp, #TF_X(0)]
	ldp	x2, x3, [sp, #TF_X(2)]
	ldp	x4, x5, [sp, #TF_X(4)]
	ldp	x6, x7, [sp, #TF_X(6)]
	ldp	x8, x9, [sp, #TF_X(8)]
	ldp	x10, x11, [sp, #TF_X(10)]
	ldp	x12, x13, [sp, #TF_X(12)]
	ldp	x14, x15, [sp, #TF_X(14)]
	ldp	x16, x17, [sp, #TF_X(16)]
	ldp	x18, x19, [sp, #TF_X(18)]
	ldp	x20, x21, [sp, #TF_X(20)]
	ldp	x22, x23, [sp, #TF_X(22)]
	ldp	x24, x25, [sp, #TF_X(24)]
	ldp	x26, x27, [sp, #TF_X(26)]
	ldp	x28, x29, [sp, #TF_X(28)]
	ldr	x30, [sp, #TF_X(30)]
	add	sp, sp, #TF_SIZE
	eret
	.size	el2_trap, . - el2_trap

/*
 * Save the guest's registers into the vcpu (x0). On entry the guest's x0
 * and x1 are the two words on top of the EL2 stack; x1 is left alone.
 *
 * Saved: x0-x30, ELR_EL2 and SPSR_EL2 (the guest's PC and PSTATE), and
 * ESR_EL2, which every handler needs (it stays in x2). Not saved: the
 * guest's SP_EL1 and the rest of its EL1 state, which EL2 code does not
 * touch, so they stay in the registers; and FAR_EL2, which the abort
 * handlers read when they need it. Every instruction here is paid on
 * every trap.
 */
.macro save_guest_registers
	stp	x2, x3, [x0, #TF_X(2)]
	stp	x4, x5, [x0, #TF_X(4)]
	stp	x6, x7, [x0, #TF_X(6)]
	stp	x8, x9, [x0, #TF_X(8)]
	stp	x10, x11, [x0, #TF_X(10)]
	stp	x12, x13, [x0, #TF_X(12)]
	stp	x14, x15, [x0, #TF_X(14)]
	stp	x16, x17, [x0, #TF_X(16)]
	stp	x18, x19, [x0, #TF_X(18)]
	stp	x20, x21, [x0, #TF_X(20)]
	stp	x22, x23, [x0, #TF_X(22)]
	stp	x24, x25, [x0, #TF_X(24)]
	stp	x26, x27, [x0, #TF_X(26)]
	stp	x28, x29, [x0, #TF_X(28)]
	ldp	x2, x3, [sp], #16               /* the guest's x0 and x1 */
	stp	x2, x3, [x0, #TF_X(0)]
	str	x30, [x0, #TF_X(30)]
	mrs	x2, elr_el2
	mrs	x3, spsr_el2
	stp	x2, x3, [x0, #TF_ELR]
	mrs	x2, esr_el2
	str	x2, [x0, #TF_ESR]
.endm

/*
 * An SError the guest's own accesses caused may still be on its way when
 * its trap is taken. Make it arrive before the hypervisor does anything
 * of its own, so that it is blamed on the guest and an SError after this
 * point is the hypervisor's: DSB waits until every access the guest made
 * has completed, ISB until ISR_EL1 shows the result. ISR_EL1.A set: a
 * physical SError is pending, held back by PSTATE.A (set on entry to
 * EL2); take_guest_serror takes it. Four instructions on every trap.
 * (FEAT_RAS's ESB does the same, recording the error in DISR_EL1 instead
 * of leaving it pending; DSB and ISB work on every CPU.)
 */
.macro sync_guest_errors
	dsb	sy
	isb
	mrs	x3, isr_el1
	tbz	x3, #ISR_EL1_A_SHIFT, .Lno_serror\@
	bl	take_guest_serror
.Lno_serror\@:
.endm

/*
 * Let the pending SError in, for one instruction: it is taken at EL2 (the
 * current EL, SP_EL2) with ELR_EL2 in [guest_serror_window,
 * guest_serror_window_end], which is how handle_exception() knows it for
 * the guest's. Taking it makes FAR_EL2 and HPFAR_EL2 UNKNOWN, and a data
 * abort's handler still needs them: kept in x4 and x5 (the guest's are
 * saved already). Everything else comes back as it was.
 */
	.type	take_guest_serror, %function
take_guest_serror:
	mrs	x4, far_el2
	mrs	x5, hpfar_el2
	msr	daifclr, #DAIFSET_A
	.global	guest_serror_window
guest_serror_window:
	isb
	.global	guest_serror_window_end
guest_serror_window_end:
	msr	daifset, #DAIFSET_A
	msr	far_el2, x4
	msr	hpfar_el2, x5
	ret
	.size	take_guest_serror, . - take_guest_serror

/*
 * void guest_enter(struct vcpu *vcpu): make vcpu the running one, load
 * the guest's registers from it and ERET to the guest (the code shared
 * with the return from every trap, below). The EL2 stack is left as it
 * is: every trap starts again from this same stack pointer.
 */
	.global	guest_enter
	.type	guest_enter, %function
guest_enter:
	msr	tpidr_el2, x0
	b	.Lrestore_guest
	.size	guest_enter, . - guest_enter

/*
 * An interrupt or SError from the guest (x1 = kind): handled in C by
 * handle_guest_exception(vcpu, kind), then back to the guest.
 */
	.type	guest_exit, %function
guest_exit:
	save_guest_registers
	sync_guest_errors
	bl	handle_guest_exception
	b	.Lback_to_guest
	.size	guest_exit, . - guest_exit

/*
 * A synchronous trap: its handler is found by the exception class,
 * ESR_EL2.EC, in guest_sync_handlers[] (traps.c); a class without one
 * goes to handle_guest_exception() too. Then the guest's registers are
 * loaded back from the vcpu, and ERET returns to it.
 */
	.type	guest_exit_sync, %function
guest_exit_sync:
	save_guest_registers
	sync_guest_errors
	ubfx	x2, x2, #ESR_EL2_EC_SHIFT, #6
	adrp	x3, guest_sync_handlers
	add	x3, x3, :lo12:guest_sync_handlers
	ldr	x3, [x3, x2, lsl #3]
	cbz	x3, .Lno_handler
	blr	x3                              /* handler(vcpu) */
.Lback_to_guest:
	mrs	x0, tpidr_el2
.Lrestore_guest:                        /* x0 = the running vcpu */
	ldp	x2, x3, [x0, #TF_ELR]
	msr	elr_el2, x2
	msr	spsr_el2, x3

	ldp	x2, x3, [x0, #TF_X(2)]
	ldp	x4, x5, [x0, #TF_X(4)]
	ldp	x6, x7, [x0, #TF_X(6)]
	ldp	x8, x9, [x0, #TF_X(8)]
	ldp	x10, x11, [x0, #TF_X(10)]
	ldp	x12, x13, [x0, #TF_X(12)]
	ldp	x14, x15, [x0, #TF_X(14)]
	ldp	x16, x17, [x0, #TF_X(16)]
	ldp	x18, x19, [x0, #TF_X(18)]
	ldp	x20, x21, [x0, #TF_X(20)]
	ldp	x22, x23, [x0, #TF_X(22)]
	ldp	x24, x25, [x0, #TF_X(24)]
	ldp	x26, x27, [x0, #TF_X(26)]
	ldp	x28, x29, [x0, #TF_X(28)]
	ldr	x30, [x0, #TF_X(30)]
	ldp	x0, x1, [x0, #TF_X(0)]          /* x0 last: it was the base */
	eret
.Lno_handler:
	mov	x1, #VEC_LOWER_A64_SYNC
	bl	handle_guest_exception
	b	.Lback_to_guest
	.size	guest_exit_sync, . - guest_exit_sync

