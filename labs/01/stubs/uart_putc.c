	/* LAB 01, part uart: wait while the transmit FIFO is full
	 * (UARTFR.TXFF), then write the character to UARTDR. Read: docs/
	 * 01-hello-uart.md, "UARTFR, Flag Register" and "UARTDR, Data
	 * Register". */
	(void)c;
