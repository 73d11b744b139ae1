/*
 * PL011 UART: just enough to send text.
 *
 * Every register access goes through a volatile pointer, so the compiler
 * emits exactly one 32-bit load or store per access, in program order.
 */
#include <stdint.h>
#include "print.h"
#include "uart.h"

static inline volatile uint32_t *uart_reg(unsigned long offset)
{
	return (volatile uint32_t *)(PL011_BASE + offset);
}

void uart_init(void)
{
	/* Let whatever an earlier boot stage left in the transmit FIFO go
	 * out, if the UART is sending at all (UARTEN and TXE both set: a
	 * UART that does not send keeps BUSY set as long as its FIFO holds
	 * anything, so waiting then would be forever). Then turn it off:
	 * the line settings may only change while UARTCR.UARTEN is 0.
	 * Clearing FEN flushes the transmit FIFO. */
	if ((*uart_reg(UARTCR) & (UARTCR_UARTEN | UARTCR_TXE)) ==
	    (UARTCR_UARTEN | UARTCR_TXE))
		while (*uart_reg(UARTFR) & UARTFR_BUSY)
			;
	*uart_reg(UARTCR) = 0;
	*uart_reg(UARTLCR_H) = 0;

	*uart_reg(UARTIBRD) = UART_IBRD_115200;
	*uart_reg(UARTFBRD) = UART_FBRD_115200;
	/* 8 data bits, no parity, one stop bit, FIFOs on. The LCR_H write
	 * latches the two divisors written above. */
	*uart_reg(UARTLCR_H) = UARTLCR_H_WLEN_8 | UARTLCR_H_FEN;
	/* We poll: mask every UART interrupt and clear any left pending. */
	*uart_reg(UARTIMSC) = 0;
	*uart_reg(UARTICR) = UARTICR_ALL;
	*uart_reg(UARTCR) = UARTCR_UARTEN | UARTCR_TXE | UARTCR_RXE;
}

void uart_putc(char c)
{
	/* A full transmit FIFO drops what is written to UARTDR: wait. */
	while (*uart_reg(UARTFR) & UARTFR_TXFF)
		;
	*uart_reg(UARTDR) = (uint32_t)(unsigned char)c;
}

/* The console: '\n' goes out as "\r\n" so a terminal returns the carriage. */
static void console_putc(char c)
{
	if (c == '\n')
		uart_putc('\r');
	uart_putc(c);
}

void uart_puts(const char *s)
{
	while (*s != '\0')
		console_putc(*s++);
}

int kprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(console_putc, fmt, ap);
	va_end(ap);
	return n;
}
