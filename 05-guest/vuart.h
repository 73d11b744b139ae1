/*
 * The guest's UART: a PL011 emulated by the hypervisor at IPA 0x09000000.
 * The guest's unchanged PL011 driver talks to it; what it sends reaches
 * the real UART, a line at a time.
 */
#ifndef VUART_H
#define VUART_H

#include "mmio.h"

extern const struct mmio_device vuart_device;

#endif
