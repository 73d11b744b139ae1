	/* LAB 01, part uart: send c with uart_putc; a '\n' goes out as
	 * "\r\n". Read: docs/01-hello-uart.md, "uart_puts and the console". */
	(void)c;
