	/* LAB 01, part sctlr: write SCTLR_EL2 = SCTLR_EL2_RES1 (sysregs.h)
	 * without a load from memory (build it with movz/movk), then make
	 * it take effect before the next instruction. Read: docs/01-hello-
	 * uart.md, "boot.S in reading order", step 2. */
