	/* LAB 06, part overflow: the maintenance interrupt (ICH_MISR_EL2
	 * says why). A list register the guest has ended (State 0) that
	 * asked for an interrupt at EOI (ICH_LR_EOI: a level-sensitive
	 * interrupt) keeps that interrupt asserted until it is rewritten:
	 * clear each such one. Then refill the list registers from what
	 * waits in software. Read: docs/06-linux.md, "Level interrupts,
	 * and the maintenance interrupt" and "More pending interrupts than
	 * list registers". */
