.macro ventry name, kind
	/* LAB 02, part vectors: one entry of VEC_SLOT_SIZE bytes at label
	 * \name: make room for a trap frame on the stack, save x0 and x1
	 * in it, put \kind in x0 and branch to el2_trap; end with an .org
	 * that fails the build if the entry outgrows its slot. Read:
	 * docs/02-exceptions.md, "The vector table" and "The .org check". */
.endm
