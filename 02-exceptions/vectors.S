/*
 * The EL2 exception vector table and the code that saves and restores a
 * trap frame around the C handler.
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
	ventry	lower_el_aarch64_sync,  VEC_LOWER_A64_SYNC
	ventry	lower_el_aarch64_irq,   VEC_LOWER_A64_IRQ
	ventry	lower_el_aarch64_fiq,   VEC_LOWER_A64_FIQ
	ventry	lower_el_aarch64_serror, VEC_LOWER_A64_SERROR
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
