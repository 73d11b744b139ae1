/*
 * The guest's EL1 vector table. Two kinds of exception are handled: a
 * synchronous one (sync_handler in main.c decides) and an IRQ (the timer,
 * through the GIC's CPU interface). Both save the registers a C function
 * may change, call C, restore and return. Everything else stops the guest.
 */
#define SLOT            0x80
#define SAVED           (20 * 8)        /* x0-x18 and x30, 16-byte aligned */

.macro slot name, target
	.balign	SLOT
\name:
	b	\target
	.org	\name + SLOT
.endm

	.text
	.balign	0x800
	.global	vectors
vectors:
	slot	curr_el_sp0_sync,       unexpected
	slot	curr_el_sp0_irq,        unexpected
	slot	curr_el_sp0_fiq,        unexpected
	slot	curr_el_sp0_serror,     unexpected
	slot	curr_el_spx_sync,       sync
	slot	curr_el_spx_irq,        irq
	slot	curr_el_spx_fiq,        unexpected
	slot	curr_el_spx_serror,     unexpected
	slot	lower_el_aarch64_sync,  unexpected
	slot	lower_el_aarch64_irq,   unexpected
	slot	lower_el_aarch64_fiq,   unexpected
	slot	lower_el_aarch64_serror, unexpected
	slot	lower_el_aarch32_sync,  unexpected
	slot	lower_el_aarch32_irq,   unexpected
	slot	lower_el_aarch32_fiq,   unexpected
	slot	lower_el_aarch32_serror, unexpected
	.size	vectors, . - vectors

/* Call \handler with the caller-saved registers preserved around it. */
.macro call_saving_registers handler
	sub	sp, sp, #SAVED
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
	bl	\handler
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
	add	sp, sp, #SAVED
	eret
.endm

	.type	sync, %function
sync:
	call_saving_registers sync_handler
	.size	sync, . - sync

	.type	irq, %function
irq:
	call_saving_registers irq_handler
	.size	irq, . - irq

	.type	unexpected, %function
unexpected:
	bl	unexpected_handler              /* does not return */
	.size	unexpected, . - unexpected
