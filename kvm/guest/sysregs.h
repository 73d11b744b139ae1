/*
 * The system registers, fields and GIC registers the guest uses, named
 * as in the Arm ARM and the GICv3 architecture specification (IHI 0069).
 * Usable from C and from assembly.
 */
#ifndef SYSREGS_H
#define SYSREGS_H

#include "layout.h"

/* `msr daifset`/`daifclr` immediates: D 8, A 4, I 2, F 1. */
#define DAIFSET_I               2
#define DAIFSET_ALL             15

/* SCTLR_EL1 RES1 bits 29:28, 23:22, 20, 11; all else 0: MMU and caches
 * off, little-endian. */
#define SCTLR_EL1_RES1          (UL(3) << 28 | UL(3) << 22 | UL(1) << 20 | \
				 UL(1) << 11)

/* ESR_EL1.EC: the class of the exception the guest took. */
#define ESR_EC_SHIFT            26
#define ESR_EC_WIDTH            6
#define ESR_EC_DABT_CUR         0x25          /* data abort, current EL */

/* CNTV_CTL_EL0: the EL1 virtual timer. */
#define CNTV_CTL_ENABLE         (UL(1) << 0)
#define INTID_CNTV              27            /* its PPI */

/* The GICv3 CPU interface. */
#define ICC_SRE_EL1_SRE         (UL(1) << 0)  /* system-register interface */
#define ICC_IGRPEN1_EL1_ENABLE  (UL(1) << 0)
#define ICC_PMR_ALL             UL(0xff)      /* let every priority through */
#define ICC_IAR1_EL1_INTID_MASK UL(0xffffff)

/* Distributor and redistributor registers (offsets from their frames). */
#define GICD_CTLR               0x0000
#define GICD_CTLR_ENABLE_G1A    (1U << 1)     /* Non-secure Group 1 */
#define GICD_CTLR_ARE_NS        (1U << 4)     /* affinity routing */
#define GICD_CTLR_RWP           (1U << 31)    /* register write pending */
#define GICD_TYPER              0x0004
#define GICR_WAKER              0x0014        /* in the RD_base frame */
#define GICR_WAKER_PSLEEP       (1U << 1)     /* ProcessorSleep */
#define GICR_WAKER_CASLEEP      (1U << 2)     /* ChildrenAsleep */
#define GICR_IGROUPR0           0x0080        /* in the SGI_base frame */
#define GICR_ISENABLER0         0x0100
#define GICR_IPRIORITYR         0x0400        /* one byte per INTID */
#define GIC_PRIO_TIMER          0xa0

/* PSCI over HVC, answered by KVM: SMCCC function IDs. */
#define SMCCC_VERSION           0x80000000    /* the null hypercall */
#define PSCI_SYSTEM_OFF         0x84000008

#endif
