/*
 * An emulated PL011 (Arm PrimeCell UART PL011 Technical Reference
 * Manual), as Linux's amba-pl011 driver uses it: 8-, 16- and 32-bit
 * accesses to every register, the PrimeCell ID registers the AMBA bus
 * matches the driver by, a 16-character receive FIFO, and the
 * interrupt registers (IMSC, RIS, MIS, ICR) with the interrupt line
 * going to the guest's GIC.
 *
 * Transmit is instant: a character written to UARTDR goes out through
 * the real UART before the guest's next instruction, so the transmit
 * FIFO is always empty (TXFE set, TXFF and BUSY clear) and the transmit
 * interrupt is raised by every write, as the FIFO drains below its
 * trigger level at once. Receive: the real UART's receive interrupt
 * brings its characters here (vuart_receive); while the guest's FIFO is
 * full, or its receiver off, they wait in the real UART, whose receive
 * interrupt is masked meanwhile. Received-data and receive-timeout
 * interrupts follow the FIFO's fill level; the timeout is taken as
 * having passed at once.
 */
#include <stdbool.h>
#include <stdint.h>
#include "platform.h"
#include "uart.h"
#include "uart_rx.h"
#include "vgic.h"
#include "vuart.h"

#define VUART_SIZE      0x1000          /* one 4 KiB page of registers */
#define FIFO_SIZE       16              /* revision 1: 16-entry FIFOs */

/* Registers not in common/uart.h. */
#define UARTRSR         0x004           /* receive status / error clear */
#define UARTILPR        0x020           /* IrDA low-power counter */
#define UARTIFLS        0x034           /* FIFO interrupt levels */
#define UARTRIS         0x03c           /* raw interrupt status */
#define UARTMIS         0x040           /* masked interrupt status */
#define UARTDMACR       0x048           /* DMA control */
#define UART_ID_REGS    0xfe0           /* UARTPeriphID0-3, UARTPCellID0-3 */

#define UARTFR_RXFF     (1U << 6)       /* receive FIFO full */
#define UART_INT_RX     (1U << 4)       /* RXRIS: FIFO at its trigger level */
#define UART_INT_TX     (1U << 5)       /* TXRIS: FIFO at or below its level */
#define UART_INT_RT     (1U << 6)       /* RTRIS: receive timeout */
#define UART_INT_ALL    0x7ffU          /* [10:0] */
#define UARTIFLS_RX_SHIFT 3             /* RXIFLSEL [5:3]: 1/8 ... 7/8 full */

/* PeriphID: part 0x011, designer 0x41 (Arm), revision 1; PCellID: the
 * PrimeCell preamble. Linux's AMBA bus matches amba-pl011 on these. */
static const uint8_t id_regs[8] = { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

/* The registers the driver writes and reads back, by offset / 4. */
#define KEPT(offset)    ((offset) == UARTILPR || (offset) == UARTIBRD || \
			 (offset) == UARTFBRD || (offset) == UARTLCR_H || \
			 (offset) == UARTCR || (offset) == UARTIFLS || \
			 (offset) == UARTIMSC || (offset) == UARTDMACR)

static struct {
	uint32_t reg[UARTDMACR / 4 + 1];
	uint32_t tx_ris;        /* the transmit interrupt, set by a write */
	uint8_t fifo[FIFO_SIZE];
	unsigned head, count;
} vuart = {
	/* Reset values: transmit and receive enabled (the UART itself
	 * off), FIFO levels at half full. */
	.reg[UARTCR / 4] = UARTCR_TXE | UARTCR_RXE,
	.reg[UARTIFLS / 4] = 2U << UARTIFLS_RX_SHIFT | 2U,
};

/* The raw interrupt status: receive from the FIFO's fill level (with
 * the FIFO off, a single character is a full "FIFO"), transmit as
 * latched. */
static uint32_t ris(void)
{
	static const unsigned eighths[8] = { 1, 2, 4, 6, 7, 7, 7, 7 };
	unsigned level = eighths[(vuart.reg[UARTIFLS / 4] >> UARTIFLS_RX_SHIFT) & 7] *
			 FIFO_SIZE / 8;
	uint32_t r = vuart.tx_ris;

	if (!(vuart.reg[UARTLCR_H / 4] & UARTLCR_H_FEN))
		level = 1;
	if (vuart.count >= level)
		r |= UART_INT_RX;
	if (vuart.count != 0)
		r |= UART_INT_RT;
	return r;
}

/* The interrupt line: high while an unmasked interrupt is raised. */
static void update_irq(void)
{
	vgic_set_level(INTID_UART, (ris() & vuart.reg[UARTIMSC / 4]) != 0);
}

static bool receiving(void)
{
	return (vuart.reg[UARTCR / 4] & (UARTCR_UARTEN | UARTCR_RXE)) ==
	       (UARTCR_UARTEN | UARTCR_RXE);
}

/* Move characters from the real UART while the guest receives and has
 * room; leave its receive interrupt on only while that is so. */
static void refill(void)
{
	int c;

	while (receiving() && vuart.count < FIFO_SIZE && (c = uart_getc()) >= 0) {
		vuart.fifo[(vuart.head + vuart.count) % FIFO_SIZE] = (uint8_t)c;
		vuart.count++;
	}
	uart_rx_interrupts(receiving() && vuart.count < FIFO_SIZE);
	update_irq();
}

void vuart_init(void)
{
	refill();
}

void vuart_receive(void)
{
	refill();
}

static uint32_t read_dr(void)
{
	uint32_t c = 0;

	if (vuart.count != 0) {
		c = vuart.fifo[vuart.head];
		vuart.head = (vuart.head + 1) % FIFO_SIZE;
		vuart.count--;
		refill();
	}
	return c;
}

/* Registers are at 4-byte offsets; a narrower access reads or writes
 * the low bytes of one. */
static bool valid(uint64_t offset, unsigned size)
{
	return (size == 1 || size == 2 || size == 4) && offset % 4 == 0;
}

static enum mmio_result vuart_read(uint64_t offset, unsigned size, uint64_t *value)
{
	if (!valid(offset, size))
		return MMIO_UNSUPPORTED;
	if (offset >= UART_ID_REGS)
		*value = id_regs[(offset - UART_ID_REGS) / 4];
	else if (offset == UARTDR)
		*value = read_dr();
	else if (offset == UARTFR)
		*value = UARTFR_TXFE | (vuart.count == 0 ? UARTFR_RXFE : 0) |
			 (vuart.count == FIFO_SIZE ? UARTFR_RXFF : 0);
	else if (offset == UARTRIS)
		*value = ris();
	else if (offset == UARTMIS)
		*value = ris() & vuart.reg[UARTIMSC / 4];
	else if (offset <= UARTDMACR && KEPT(offset))
		*value = vuart.reg[offset / 4];
	else
		*value = 0;     /* UARTRSR (no errors), ICR, reserved */
	return MMIO_DONE;
}

static enum mmio_result vuart_write(uint64_t offset, unsigned size, uint64_t value)
{
	if (!valid(offset, size))
		return MMIO_UNSUPPORTED;
	if (offset == UARTDR) {
		uart_putc((char)value);
		vuart.tx_ris = UART_INT_TX;
	} else if (offset == UARTICR) {
		vuart.tx_ris &= ~(uint32_t)value;
	} else if (offset <= UARTDMACR && KEPT(offset)) {
		vuart.reg[offset / 4] = (uint32_t)value;
		if (offset == UARTCR)
			refill();
	}
	/* UARTRSR (clears errors: there are none), FR, RIS, MIS, the ID
	 * registers and reserved offsets: ignored. */
	update_irq();
	return MMIO_DONE;
}

const struct mmio_device vuart_device = {
	.name  = "UART",
	.base  = GUEST_UART_IPA,
	.size  = VUART_SIZE,
	.read  = vuart_read,
	.write = vuart_write,
};
