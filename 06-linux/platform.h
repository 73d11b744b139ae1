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
#define INTID_CNTV              27           /* EL1 virtual timer */

/* The GIC's maintenance interrupt (a PPI): the virtual CPU interface
 * asks EL2 for attention (list registers to refill). */
#define INTID_GIC_MAINT         25
/* The EL1 physical timer, which the guest may use too. */
#define INTID_CNTP              30
/* The PL011's interrupt: SPI 1, as on QEMU's board and in guest.dts. */
#define INTID_UART              33

/*
 * The guest's view (IPA) and where it really is (PA). Linux wants at
 * least 48 MiB; it gets 128 MiB (see guest.dts): room for the kernel's
 * 28 MiB with its BSS, the initramfs and page cache to spare, and
 * QEMU's default for the virt board, so that the native run is the
 * same machine.
 *
 *   IPA (what the guest uses)            PA (where it really is)
 *   0x0800_0000 GICD  - not mapped: emulated (vgic.c)
 *   0x080a_0000 GICR  - not mapped: emulated, one redistributor
 *   0x0900_0000 UART  - not mapped: each access traps and is emulated
 *   0x4000_0000 RAM   128 MiB, RWX, in 2 MiB blocks  -->  0x4800_0000
 *   anything else     not mapped: a fault, reported and injected
 *
 *   PA 0x4000_0000-0x47ff_ffff, the hypervisor's image (which carries
 *   the kernel, initramfs and device tree it loads), stack and stage-2
 *   tables, is not mapped for the guest at any IPA. The board needs
 *   256 MiB of RAM (QEMU -m 256M) to hold both.
 */
#define GUEST_RAM_IPA           0x40000000UL
#define GUEST_RAM_PA            0x48000000UL
#define GUEST_RAM_SIZE          0x08000000UL
#define GUEST_UART_IPA          PL011_BASE   /* where the guest expects it */
#define GUEST_GICD_IPA          GICD_BASE
#define GUEST_GICR_IPA          GICR_BASE

/* A physical address where the board has no device: an access there is
 * answered with an external abort (used by the panic test). */
#define UNMAPPED_PA             0x0b000000UL

#endif
