/*
 * The guest's first instructions, at EL1. The hypervisor enters here with
 * ERET: MMU off, DAIF masked, SP_EL1 at guest_stack_top.
 */
	.text
	.global	guest_entry
	.type	guest_entry, %function
guest_entry:
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
	.size	guest_entry, . - guest_entry

	.bss
	.balign	16
guest_stack:
	.space	0x2000
	.global	guest_stack_top
guest_stack_top:
