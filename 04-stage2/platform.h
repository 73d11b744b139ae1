/*
 * The QEMU "virt" board, as far as this chapter uses it
 * (QEMU hw/arm/virt.c, memmap[]).
 *
 *   0x0000_0000 +-------------------------+
 *               | flash (firmware)        |
 *   0x0800_0000 +-------------------------+
 *               | GICv3 distributor       |  GICD, 64 KiB
 *   0x0808_0000 +-------------------------+
 *               | (GIC ITS, unused)       |
 *   0x080a_0000 +-------------------------+
 *               | GICv3 redistributors    |  GICR, 128 KiB per CPU
 *   0x0900_0000 +-------------------------+
 *               | PL011 UART0             |  <- our console
 *   0x0900_1000 +-------------------------+
 *               | RTC, GPIO, virtio       |
 *   0x0b00_0000 +-------------------------+
 *               | (nothing)               |
 *   0x0c00_0000 +-------------------------+
 *               | platform bus, PCIe, ... |
 *   0x4000_0000 +-------------------------+
 *               | RAM (-m bytes)          |  <- hyp.elf is loaded here
 *               +-------------------------+
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#include "uart.h"                       /* PL011_BASE */

#define RAM_BASE                0x40000000UL

#define GICD_BASE               0x08000000UL
#define GICR_BASE               0x080a0000UL
#define GICR_STRIDE             0x20000UL    /* RD_base + SGI_base frames */
#define GICR_STRIDE_VLPIS       0x40000UL    /* and VLPI_base + a reserved frame
						if GICR_TYPER.VLPIS (GICv4) */

/* Interrupt IDs (INTIDs) of the generic timer's private interrupts
 * (PPIs): INTID = 16 + PPI number. */
#define INTID_CNTHP             26           /* EL2 physical timer */

/*
 * The guest's view (IPA) and where it really is (PA). The guest is linked
 * for 0x40000000, as if it owned the board; its RAM lives 64 MiB higher.
 *
 *   IPA (what the guest uses)            PA (where it really is)
 *   0x0900_0000 UART  - not mapped: each access traps and is emulated
 *   0x4000_0000 RAM   2 MiB, RWX  ---->  0x4400_0000
 *   0x4020_0000 page  4 KiB, read-only,  0x4420_0000
 *                     execute-never ->
 *   anything else     not mapped: a fault, reported and injected
 *
 *   PA 0x4000_0000, the hypervisor's image, stack and stage-2 tables,
 *   is not mapped for the guest at any IPA.
 */
#define GUEST_RAM_IPA           0x40000000UL
#define GUEST_RAM_PA            0x44000000UL
#define GUEST_RAM_SIZE          0x00200000UL
#define GUEST_RO_PAGE_IPA       (GUEST_RAM_IPA + GUEST_RAM_SIZE)
#define GUEST_RO_PAGE_PA        (GUEST_RAM_PA + GUEST_RAM_SIZE)
#define GUEST_UART_IPA          PL011_BASE   /* where the guest expects it */

/* A physical address where the board has no device: an access there is
 * answered with an external abort (used by the panic test). */
#define UNMAPPED_PA             0x0b000000UL

#endif
