/*
 * The guest's first instructions. KVM_ARM_VCPU_INIT resets the vCPU to
 * EL1h, MMU off, DAIF masked; the launcher sets only PC. Trust nothing
 * else: set SCTLR_EL1, the stack and VBAR_EL1, clear .bss, call main.
 */
#include "sysregs.h"

	.section .text.boot, "ax"
	.global	start
	.type	start, %function
start:
	msr	daifset, #DAIFSET_ALL
	movz	x0, #(SCTLR_EL1_RES1 & 0xffff)
	movk	x0, #(SCTLR_EL1_RES1 >> 16), lsl #16
	msr	sctlr_el1, x0
	isb

	adrp	x0, stack_top
	add	x0, x0, :lo12:stack_top
	mov	sp, x0

	adrp	x0, __bss_start
	add	x0, x0, :lo12:__bss_start
	adrp	x1, __bss_end
	add	x1, x1, :lo12:__bss_end
.Lclear_bss:
	cmp	x0, x1
	b.hs	.Lbss_done
	stp	xzr, xzr, [x0], #16
	b	.Lclear_bss
.Lbss_done:

	adrp	x0, vectors
	add	x0, x0, :lo12:vectors
	msr	vbar_el1, x0
	isb

	bl	main
1:	wfi                             /* main powers off */
	b	1b
	.size	start, . - start

/*
 * The vector table. Two slots are expected, both from EL1 with SP_EL1:
 * the external data abort the launcher injects for the stage-2 fault
 * benchmark (skip the load), and the virtual timer's IRQ. Anything else
 * reports itself and powers off.
 */
	.macro	slot name, target
	.balign	0x80
\name:
	b	\target
	.endm

	.text
	.balign	0x800
vectors:
	slot	curr_el_sp0_sync,    unexpected
	slot	curr_el_sp0_irq,     unexpected
	slot	curr_el_sp0_fiq,     unexpected
	slot	curr_el_sp0_serror,  unexpected
	slot	curr_el_spx_sync,    sync_spx
	slot	curr_el_spx_irq,     irq_spx
	slot	curr_el_spx_fiq,     unexpected
	slot	curr_el_spx_serror,  unexpected
	.rept	8                       /* from EL0 and AArch32: never */
	.balign	0x80
	b	unexpected
	.endr

	.type	sync_spx, %function
sync_spx:
	/* Only a data abort at EL1 is expected: step over the load. */
	stp	x0, x1, [sp, #-16]!
	mrs	x0, esr_el1
	ubfx	x0, x0, #ESR_EC_SHIFT, #ESR_EC_WIDTH
	cmp	x0, #ESR_EC_DABT_CUR
	b.ne	.Lnot_dabt
	mrs	x0, elr_el1
	add	x0, x0, #4
	msr	elr_el1, x0
	ldp	x0, x1, [sp], #16
	eret
.Lnot_dabt:
	ldp	x0, x1, [sp], #16
	b	unexpected
	.size	sync_spx, . - sync_spx

	.type	irq_spx, %function
irq_spx:
	/* The caller-saved registers, then C. */
	stp	x0, x1, [sp, #-176]!
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x30, [sp, #144]
	bl	irq_handler
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x30, [sp, #144]
	ldp	x0, x1, [sp], #176
	eret
	.size	irq_spx, . - irq_spx

	.type	unexpected, %function
unexpected:
	mrs	x0, esr_el1
	mrs	x1, elr_el1
	mrs	x2, far_el1
	b	unexpected_exception    /* C: report, power off */
	.size	unexpected, . - unexpected
