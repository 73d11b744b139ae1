/*
 * The board as the guest knows it: QEMU's virt machine. The guest has no
 * idea whether these addresses are real or emulated.
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#include "uart.h"                       /* PL011_BASE 0x09000000 */

#define RAM_BASE                0x40000000UL

#define GICD_BASE               0x08000000UL
#define GICR_BASE               0x080a0000UL
#define GICR_STRIDE             0x20000UL

#define INTID_CNTV              27      /* PPI 11: the EL1 virtual timer */

#endif
