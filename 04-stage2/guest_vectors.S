/*
 * The guest's EL1 vector table. Only one kind of exception is expected:
 * a synchronous one at EL1 (the hypervisor injects an undefined
 * instruction). Everything else stops the guest.
 */
#include "vectors.h"

.macro gventry name, target
	.balign	VEC_SLOT_SIZE
\name:
	b	\target
	.org	\name + VEC_SLOT_SIZE
.endm

	.text
	.balign	VEC_TABLE_ALIGN
	.global	guest_vectors
guest_vectors:
	gventry	guest_curr_el_sp0_sync,   guest_unexpected
	gventry	guest_curr_el_sp0_irq,    guest_unexpected
	gventry	guest_curr_el_sp0_fiq,    guest_unexpected
	gventry	guest_curr_el_sp0_serror, guest_unexpected
	gventry	guest_curr_el_spx_sync,   guest_sync
	gventry	guest_curr_el_spx_irq,    guest_unexpected
	gventry	guest_curr_el_spx_fiq,    guest_unexpected
	gventry	guest_curr_el_spx_serror, guest_unexpected
	gventry	guest_lower_el_a64_sync,  guest_unexpected
	gventry	guest_lower_el_a64_irq,   guest_unexpected
	gventry	guest_lower_el_a64_fiq,   guest_unexpected
	gventry	guest_lower_el_a64_serror, guest_unexpected
	gventry	guest_lower_el_a32_sync,  guest_unexpected
	gventry	guest_lower_el_a32_irq,   guest_unexpected
	gventry	guest_lower_el_a32_fiq,   guest_unexpected
	gventry	guest_lower_el_a32_serror, guest_unexpected
	.size	guest_vectors, . - guest_vectors

/*
 * A synchronous exception at EL1: save the registers a C function may
 * change (x0-x18, x30), call guest_handle_sync(), restore, return. The
 * handler moves ELR_EL1 if the faulting instruction is to be skipped.
 */
	.type	guest_sync, %function
guest_sync:
	sub	sp, sp, #(20 * 8)
	stp	x0, x1, [sp, #(0 * 8)]
	stp	x2, x3, [sp, #(2 * 8)]
	stp	x4, x5, [sp, #(4 * 8)]
	stp	x6, x7, [sp, #(6 * 8)]
	stp	x8, x9, [sp, #(8 * 8)]
	stp	x10, x11, [sp, #(10 * 8)]
	stp	x12, x13, [sp, #(12 * 8)]
	stp	x14, x15, [sp, #(14 * 8)]
	stp	x16, x17, [sp, #(16 * 8)]
	stp	x18, x30, [sp, #(18 * 8)]
	bl	guest_handle_sync
	ldp	x0, x1, [sp, #(0 * 8)]
	ldp	x2, x3, [sp, #(2 * 8)]
	ldp	x4, x5, [sp, #(4 * 8)]
	ldp	x6, x7, [sp, #(6 * 8)]
	ldp	x8, x9, [sp, #(8 * 8)]
	ldp	x10, x11, [sp, #(10 * 8)]
	ldp	x12, x13, [sp, #(12 * 8)]
	ldp	x14, x15, [sp, #(14 * 8)]
	ldp	x16, x17, [sp, #(16 * 8)]
	ldp	x18, x30, [sp, #(18 * 8)]
	add	sp, sp, #(20 * 8)
	eret
	.size	guest_sync, . - guest_sync

	.type	guest_unexpected, %function
guest_unexpected:
	bl	guest_handle_unexpected         /* does not return */
	.size	guest_unexpected, . - guest_unexpected
