	/* LAB 06, part uart: move characters from the real UART
	 * (uart_getc()) into the guest's receive FIFO (vuart.fifo, a ring
	 * of FIFO_SIZE from vuart.head, vuart.count of them) while the
	 * guest receives (receiving()) and there is room. Keep the real
	 * UART's receive interrupt on (uart_rx_interrupts()) only while
	 * that is so: otherwise what is typed waits in the real UART. Then
	 * the guest's interrupt line follows (update_irq()). Read:
	 * docs/06-linux.md, "The console: vuart.c" and "The life of a UART
	 * interrupt, from key press to shell". */
	(void)receiving;
