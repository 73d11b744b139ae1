/*
 * The guest's UART: a PL011 emulated by the hypervisor at IPA 0x09000000,
 * complete enough for Linux's amba-pl011 driver. What the guest sends
 * goes to the real UART at once; what the real UART receives goes to
 * the guest's receive FIFO, with the guest's interrupt (SPI 33).
 */
#ifndef VUART_H
#define VUART_H

#include "mmio.h"

extern const struct mmio_device vuart_device;

/* Take receive interrupts from the real UART (the hypervisor's own
 * console stays polled for output). */
void vuart_init(void);

/* The real UART's interrupt: move what it received to the guest's
 * receive FIFO, as far as there is room. */
void vuart_receive(void);

#endif
