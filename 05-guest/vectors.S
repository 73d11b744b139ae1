/*
 * The EL2 exception vector table and the code that saves and restores a
 * trap frame around the C handler: on the EL2 stack for exceptions taken
 * from EL2 itself, in the running vcpu for exceptions from the guest.
 *
 * VBAR_EL2 holds the table's address; its low 11 bits are RES0, so the
 * table is 2 KiB aligned. Each of the 16 entries is 0x80 bytes (32
 * instructions) of code, not a pointer: the CPU jumps straight into it.
 */
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
 * registers on the EL2 stack, find the running vcpu, go to guest_exit.
 */
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
	ventry_guest lower_el_aarch64_sync,  VEC_LOWER_A64_SYNC
	ventry_guest lower_el_aarch64_irq,   VEC_LOWER_A64_IRQ
	ventry_guest lower_el_aarch64_fiq,   VEC_LOWER_A64_FIQ
	ventry_guest lower_el_aarch64_serror, VEC_LOWER_A64_SERROR
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
 * The guest trapped: save all of its registers into the vcpu, call
 * handle_guest_exception(vcpu, kind), then fall into guest_enter to
 * return to it. On entry x0 = vcpu, x1 = kind, and the guest's x0 and
 * x1 are the two words on top of the EL2 stack.
 */
	.type	guest_exit, %function
guest_exit:
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
	mrs	x2, sp_el1
	stp	x30, x2, [x0, #TF_X(30)]        /* x30, then SP_EL1 (TF_SP) */
	mrs	x2, elr_el2
	mrs	x3, spsr_el2
	stp	x2, x3, [x0, #TF_ELR]
	mrs	x2, esr_el2
	mrs	x3, far_el2
	stp	x2, x3, [x0, #TF_ESR]

	bl	handle_guest_exception
	mrs	x0, tpidr_el2
	/* fall through */
	.size	guest_exit, . - guest_exit

/*
 * void guest_enter(struct vcpu *vcpu): make vcpu the running one, load
 * the guest's registers from it and ERET to the guest. The EL2 stack is
 * left as it is: every trap starts again from this same stack pointer.
 */
	.global	guest_enter
	.type	guest_enter, %function
guest_enter:
	msr	tpidr_el2, x0
	ldp	x2, x3, [x0, #TF_ELR]
	msr	elr_el2, x2
	msr	spsr_el2, x3
	ldr	x2, [x0, #TF_SP]
	msr	sp_el1, x2

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
	.size	guest_enter, . - guest_enter
