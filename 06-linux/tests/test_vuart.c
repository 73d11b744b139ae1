/* Host tests for the emulated PL011 (vuart.c): the registers Linux's
 * amba-pl011 driver uses, the receive FIFO fed from the real UART, and
 * the interrupt line. The GIC and the real UART are faked. */
#include "check.h"
#include "fake_hw.h"
#include "../vuart.c"

/* The interrupt line, as the virtual GIC would see it. */
static int line = -1;
void vgic_set_level(unsigned intid, bool high)
{
	CHECK(intid == 33);
	line = high;
}

static const struct mmio_device *U = &vuart_device;

static uint64_t rd(uint64_t off, unsigned size)
{
	uint64_t v = 0xdead;
	CHECK(U->read(off, size, &v) == MMIO_DONE);
	return v;
}

static void wr(uint64_t off, unsigned size, uint64_t v)
{
	CHECK(U->write(off, size, v) == MMIO_DONE);
}

int main(void)
{
	uint64_t v;

	/* The PrimeCell IDs the AMBA bus matches the driver on, any width. */
	static const uint8_t ids[8] = { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };
	for (unsigned i = 0; i < 8; i++)
		CHECK(rd(0xfe0 + 4 * i, 4) == ids[i] && rd(0xfe0 + 4 * i, 1) == ids[i]);
	/* Reset: receiver and transmitter enabled, the UART off. */
	CHECK(rd(UARTCR, 2) == (UARTCR_TXE | UARTCR_RXE));
	CHECK(rd(UARTFR, 2) == (UARTFR_TXFE | UARTFR_RXFE));
	CHECK(rd(UARTRIS, 4) == 0 && rd(UARTMIS, 4) == 0);

	/* Input before the driver turns the UART on waits in the real one. */
	fake_type("hi");
	vuart_receive();
	CHECK(fake_rx_head == 0 && fake_rx_irq == 0);
	wr(UARTIMSC, 2, UART_INT_RX | UART_INT_RT);
	wr(UARTLCR_H, 1, UARTLCR_H_WLEN_8 | UARTLCR_H_FEN);
	wr(UARTCR, 2, UARTCR_UARTEN | UARTCR_TXE | UARTCR_RXE);
	CHECK(fake_rx_head == 2 && fake_rx_irq == 1);   /* taken, room for more */
	/* Two characters: below the FIFO's half-full trigger, so the
	 * receive timeout says they wait. The line is high. */
	CHECK(rd(UARTFR, 4) == UARTFR_TXFE);
	CHECK(rd(UARTRIS, 4) == UART_INT_RT && rd(UARTMIS, 4) == UART_INT_RT && line == 1);
	CHECK(rd(UARTDR, 1) == 'h' && line == 1);
	CHECK(rd(UARTDR, 2) == 'i' && line == 0);
	CHECK(rd(UARTFR, 4) == (UARTFR_TXFE | UARTFR_RXFE) && rd(UARTDR, 4) == 0);

	/* More than the FIFO holds: 16 taken, the real UART's interrupt
	 * off until the driver makes room, then one more. */
	fake_type("0123456789abcdefXYZ");
	vuart_receive();
	CHECK(fake_rx_head == 16 && fake_rx_irq == 0);
	CHECK(rd(UARTFR, 4) == (UARTFR_TXFE | UARTFR_RXFF));
	CHECK(rd(UARTRIS, 4) == (UART_INT_RX | UART_INT_RT));
	CHECK(rd(UARTDR, 4) == '0' && fake_rx_head == 17);
	for (const char *c = "123456789abcdefXYZ"; *c; c++)
		CHECK(rd(UARTDR, 1) == (uint64_t)*c);
	CHECK(fake_rx_head == 19 && fake_rx_irq == 1 && line == 0);
	/* With the FIFOs off, one character reaches the trigger level. */
	fake_type("q");
	vuart_receive();
	CHECK(rd(UARTRIS, 4) == UART_INT_RT);
	wr(UARTLCR_H, 1, UARTLCR_H_WLEN_8);
	CHECK(rd(UARTRIS, 4) == (UART_INT_RX | UART_INT_RT));
	CHECK(rd(UARTDR, 4) == 'q');

	/* Transmit: at once; the transmit interrupt raised, and cleared by
	 * UARTICR; masked, it does not move the line. */
	wr(UARTDR, 1, 'A');
	wr(UARTDR, 4, 'B');
	CHECK_STR(fake_tx, "AB");
	CHECK(rd(UARTRIS, 4) == UART_INT_TX && rd(UARTMIS, 4) == 0 && line == 0);
	wr(UARTIMSC, 2, UART_INT_TX);
	CHECK(line == 1);
	wr(UARTICR, 2, UART_INT_TX);
	CHECK(rd(UARTRIS, 4) == 0 && line == 0);
	/* Registers the driver reads back; read-only ones ignore writes. */
	wr(UARTIBRD, 2, 13);
	wr(UARTIFLS, 2, 0x12);
	CHECK(rd(UARTIBRD, 4) == 13 && rd(UARTIFLS, 2) == 0x12);
	wr(UARTFR, 4, 0);
	wr(0xfe0, 4, 0);
	CHECK(rd(UARTFR, 4) == (UARTFR_TXFE | UARTFR_RXFE) && rd(0xfe0, 4) == 0x11);
	CHECK(rd(UARTRSR, 4) == 0 && rd(0x080, 4) == 0);

	/* Refused: 64-bit and unaligned accesses. */
	CHECK(U->read(UARTFR, 8, &v) == MMIO_UNSUPPORTED);
	CHECK(U->read(UARTFR + 1, 1, &v) == MMIO_UNSUPPORTED);
	CHECK(U->write(UARTDR + 2, 2, 0) == MMIO_UNSUPPORTED);
	/* Turned off, the receiver takes nothing. */
	wr(UARTCR, 2, UARTCR_UARTEN | UARTCR_TXE);
	fake_type("x");
	vuart_receive();
	CHECK(fake_rx_head == 0 && fake_rx_irq == 0);
	return check_done();
}
