	/* LAB 02, part esr: the instruction specific syndrome of esr. */
	(void)esr;
	return 0;
