/*
 * The real PL011's receive side (uart_rx.h).
 */
#include <stdint.h>
#include "uart.h"
#include "uart_rx.h"

static inline volatile uint32_t *uart_reg(unsigned long offset)
{
	return (volatile uint32_t *)(PL011_BASE + offset);
}

int uart_getc(void)
{
	if (*uart_reg(UARTFR) & UARTFR_RXFE)
		return -1;
	return (int)(*uart_reg(UARTDR) & UARTDR_DATA);
}

void uart_rx_interrupts(int on)
{
	*uart_reg(UARTIMSC) = on ? UARTIMSC_RXIM | UARTIMSC_RTIM : 0;
}
