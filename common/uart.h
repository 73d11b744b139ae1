/*
 * PL011 UART driver, shared by every chapter (and, from chapter 04 on, by
 * the guest too: the same source, built into the guest's own image).
 *
 * Register map: ARM PrimeCell UART (PL011) Technical Reference Manual,
 * section 3.2 "Summary of registers". QEMU's virt board puts UART0 at
 * 0x09000000; the blog writes straight to that address.
 */
#ifndef COMMON_UART_H
#define COMMON_UART_H

#define PL011_BASE        0x09000000UL  /* QEMU virt: UART0 */

/* Register offsets from the base. */
#define UARTDR            0x000   /* data: write to send, read to receive */
#define UARTFR            0x018   /* flags */
#define UARTIBRD          0x024   /* integer baud-rate divisor */
#define UARTFBRD          0x028   /* fractional baud-rate divisor */
#define UARTLCR_H         0x02c   /* line control */
#define UARTCR            0x030   /* control */
#define UARTIMSC          0x038   /* interrupt mask set/clear */
#define UARTICR           0x044   /* interrupt clear */

/* UARTFR bits */
#define UARTFR_BUSY       (1U << 3)     /* still sending a character */
#define UARTFR_RXFE       (1U << 4)     /* receive FIFO empty */
#define UARTFR_TXFF       (1U << 5)     /* transmit FIFO full: wait */
#define UARTFR_TXFE       (1U << 7)     /* transmit FIFO empty */

/* UARTLCR_H bits */
#define UARTLCR_H_FEN     (1U << 4)     /* enable the FIFOs */
#define UARTLCR_H_WLEN_8  (3U << 5)     /* 8 data bits */

/* UARTCR bits */
#define UARTCR_UARTEN     (1U << 0)     /* UART enable */
#define UARTCR_TXE        (1U << 8)     /* transmit enable */
#define UARTCR_RXE        (1U << 9)     /* receive enable */

/*
 * UARTICR: writing a 1 clears that interrupt. All eleven at once:
 *   10 OEIC overrun     9 BEIC break     8 PEIC parity    7 FEIC framing
 *    6 RTIC rx timeout  5 TXIC transmit  4 RXIC receive
 *    3 DSRMIC, 2 DCDMIC, 1 CTSMIC, 0 RIMIC  modem status lines
 */
#define UARTICR_ALL       0x7ffU        /* bits 10:0 */

/*
 * Baud rate divisor for 115200 baud from the 24 MHz reference clock that
 * QEMU's virt board describes: 24e6 / (16 * 115200) = 13.02, so IBRD = 13
 * and FBRD = round(0.02 * 64) = 1. QEMU ignores the rate; hardware does not.
 */
#define UART_IBRD_115200  13U
#define UART_FBRD_115200  1U

void uart_init(void);
void uart_putc(char c);
void uart_puts(const char *s);

#endif
