/*
 * The QEMU "virt" board, as far as this chapter uses it
 * (QEMU hw/arm/virt.c, memmap[]).
 *
 *   0x0000_0000 +-------------------------+
 *               | flash (firmware)        |
 *   0x0800_0000 +-------------------------+
 *               | GIC                     |
 *   0x0900_0000 +-------------------------+
 *               | PL011 UART0             |  <- our console
 *   0x0900_1000 +-------------------------+
 *               | RTC, GPIO, virtio, PCIe |
 *   0x4000_0000 +-------------------------+
 *               | RAM (-m bytes)          |  <- hyp.elf is loaded here
 *               +-------------------------+
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#include "uart.h"                       /* PL011_BASE */

#define RAM_BASE                0x40000000UL

#endif
