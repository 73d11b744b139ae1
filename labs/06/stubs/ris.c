	/* LAB 06, part uart: the raw interrupt status (UARTRIS). The
	 * transmit interrupt is latched in vuart.tx_ris. Receive (RXRIS):
	 * the FIFO holds at least its trigger level, which UARTIFLS's
	 * RXIFLSEL selects (1/8, 1/4, 1/2, 3/4, 7/8 of FIFO_SIZE; larger
	 * values as 7/8), or one character with the FIFOs off
	 * (UARTLCR_H.FEN clear). Receive timeout (RTRIS): anything waits in
	 * the FIFO; the timeout is taken as passed at once. Read:
	 * docs/06-linux.md, "The console: vuart.c". */
	return vuart.tx_ris;
