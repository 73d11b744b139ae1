/*
 * What the host tests and fuzzers put in place of the hardware that
 * vgic.c and vuart.c reach through other files: the list registers
 * (vgic_lr.c), the physical GIC's deactivate (gic.c), the real UART
 * (common/uart.c's output, uart_rx.c's input). Each fake records what
 * was done to it.
 */
#ifndef FAKE_HW_H
#define FAKE_HW_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define FAKE_LRS 4
static uint64_t fake_lr[FAKE_LRS];
static bool fake_underflow;
static unsigned fake_deactivated[8], fake_deactivations;

unsigned vgic_lr_count(void) { return FAKE_LRS; }
uint64_t vgic_lr_read(unsigned n) { return n < FAKE_LRS ? fake_lr[n] : 0; }
void vgic_lr_write(unsigned n, uint64_t lr) { if (n < FAKE_LRS) fake_lr[n] = lr; }
void vgic_lr_underflow(bool on) { fake_underflow = on; }
uint64_t vgic_vcpu_mpidr(void) { return 0x80000000UL | (1UL << 8) | 2; }

void gic_deactivate(unsigned intid)
{
	fake_deactivated[fake_deactivations++ % 8] = intid;
}

/* The real UART: what it "received" waits in fake_rx; what was sent is
 * in fake_tx. */
static char fake_rx[64], fake_tx[8192];
static unsigned fake_rx_head, fake_rx_len, fake_tx_len;
static int fake_rx_irq = -1;

int uart_getc(void)
{
	if (fake_rx_head == fake_rx_len)
		return -1;
	return (unsigned char)fake_rx[fake_rx_head++];
}

void uart_rx_interrupts(int on) { fake_rx_irq = on; }

void uart_putc(char c)
{
	if (fake_tx_len < sizeof(fake_tx) - 1)
		fake_tx[fake_tx_len++] = c;
	fake_tx[fake_tx_len] = '\0';
}

static inline void fake_type(const char *s)
{
	fake_rx_head = 0;
	fake_rx_len = (unsigned)strlen(s);
	memcpy(fake_rx, s, fake_rx_len);
}

#endif
