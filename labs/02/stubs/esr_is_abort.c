	/* LAB 02, part esr: true for the four instruction and data abort
	 * classes. Read: docs/02-exceptions.md, "The data abort ISS". */
	(void)ec;
	return false;
