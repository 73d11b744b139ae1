/*
 * The guest's first instructions, at EL1. It is linked with the same
 * layout as the hypervisor (common/kernel.ld, at 0x40000000) and starts
 * the way a program on the bare board does: it trusts no register but PC.
 * The hypervisor enters here with MMU off and DAIF masked.
 */
	.section .text.boot, "ax"
	.global	start
	.type	start, %function
start:
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

	/* The guest's own vector table: exceptions taken to EL1 (such as
	 * one the hypervisor injects) land here, not at EL2. */
	adrp	x0, guest_vectors
	add	x0, x0, :lo12:guest_vectors
	msr	vbar_el1, x0
	isb

	bl	guest_main
	/* guest_main ends by asking the hypervisor to power off. */
1:	wfi
	b	1b
	.size	start, . - start
