	/* LAB 02, part frame: save x2-x30 and the SP from before the
	 * entry into the frame (offsets in trap_frame.h), then ELR_EL2,
	 * SPSR_EL2, ESR_EL2 and FAR_EL2; call handle_exception(frame,
	 * kind); restore ELR_EL2, SPSR_EL2 and x0-x30 from the frame, free
	 * it, and return with eret. Read: docs/02-exceptions.md, "The trap
	 * frame" and "vectors.S in reading order". Replace this endless
	 * loop: */
	b	.
