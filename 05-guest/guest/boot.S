/*
 * The guest's first instructions, at EL1, MMU off, DAIF masked. Linked
 * with the hypervisor's own layout (common/kernel.ld, at 0x40000000), it
 * starts the way a program on the bare board does: it trusts no register
 * but PC.
 */
	.section .text.boot, "ax"
	.global	start
	.type	start, %function
start:
	msr	daifset, #0xf           /* nothing may interrupt before VBAR */

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
	/* main powers off and does not return. */
1:	wfi
	b	1b
	.size	start, . - start
