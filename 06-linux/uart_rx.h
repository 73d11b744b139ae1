/*
 * The real UART's receive side, which the guest's input comes from
 * (vuart.c). The hypervisor's own console output stays in common/uart.c;
 * the host tests put fakes in place of these two.
 */
#ifndef UART_RX_H
#define UART_RX_H

/* UARTDR on a read: the character in [7:0], error flags above it. */
#define UARTDR_DATA       0xffU

/* UARTIMSC bits: an interrupt is raised only if its mask bit is set. */
#define UARTIMSC_RXIM     (1U << 4)     /* receive FIFO at its trigger level */
#define UARTIMSC_RTIM     (1U << 6)     /* receive timeout: data waits */

/* The next character received, or -1 if none waits. */
int uart_getc(void);

/* The receive interrupts (data and timeout) on or off. */
void uart_rx_interrupts(int on);

#endif
