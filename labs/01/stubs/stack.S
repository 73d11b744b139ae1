	/* LAB 01, part stack: point sp at stack_top (common/kernel.ld);
	 * sp cannot take an address directly, go through x0. Read: docs/
	 * 01-hello-uart.md, "boot.S in reading order", and "The memory
	 * map". */
