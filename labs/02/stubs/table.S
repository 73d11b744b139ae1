	/* LAB 02, part vectors: the sixteen entries, one ventry each, in
	 * the order the architecture puts them (names and kinds in
	 * vectors.h). Read: docs/02-exceptions.md, "The vector table". */
