/*
 * GICv3 (Arm IHI 0069, "GIC architecture specification"): the interrupt
 * controller, in three parts.
 *   distributor (GICD)     one per system: global enable, shared interrupts
 *   redistributor (GICR)   one per CPU: that CPU's private interrupts (PPIs)
 *   CPU interface (ICC_*)  system registers: acknowledge, end, priority mask
 */
#ifndef GIC_H
#define GIC_H

#include <stdbool.h>
#include <stdint.h>

/* Distributor registers (offsets from GICD_BASE). */
#define GICD_CTLR               0x0000
#define GICD_CTLR_ENABLE_GRP1   (1U << 1)   /* EnableGrp1 (EnableGrp1A when
					       the GIC has two security states) */
#define GICD_CTLR_ARE           (1U << 4)   /* affinity routing (ARE_NS) */
#define GICD_CTLR_RWP           (1U << 31)  /* a register write is in flight */

/* Redistributor, RD_base frame. */
#define GICR_CTLR               0x0000
#define GICR_CTLR_RWP           (1U << 3)   /* an enable change is in flight */
#define GICR_WAKER              0x0014
#define GICR_WAKER_PROCESSOR_SLEEP (1U << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1U << 2)
#define GICR_TYPER              0x0008      /* 64 bits */
#define GICR_TYPER_VLPIS        (1UL << 1)  /* virtual LPIs: four 64 KiB frames */
#define GICR_TYPER_LAST         (1UL << 4)  /* the last redistributor */
#define GICR_TYPER_AFF_SHIFT    32          /* [63:32] the CPU's affinity */

/* Redistributor, SGI_base frame (RD_base + 64 KiB): SGIs and PPIs. */
#define GICR_SGI_BASE           0x10000
#define GICR_IGROUPR0           0x0080      /* 1 bit per INTID: 1 = Group 1 */
#define GICR_ISENABLER0         0x0100      /* write 1 to enable an INTID */
#define GICR_ICENABLER0         0x0180      /* write 1 to disable an INTID */
#define GICR_IPRIORITYR         0x0400      /* 1 byte per INTID */

/* The priority we give our interrupts: lower is more urgent. */
#define GIC_PRIORITY_DEFAULT    0xa0

/* Bring up the distributor, this CPU's redistributor and CPU interface;
 * false, having said why, if one of them cannot be used. */
bool gic_init(void);

/* Route a private interrupt (INTID 16-31) of this CPU to us, as Group 1. */
void gic_enable_ppi(unsigned intid);
void gic_disable_ppi(unsigned intid);

/* The CPU interface: acknowledge the highest priority pending interrupt
 * (returns its INTID), and signal that we have dealt with it. */
unsigned gic_ack(void);
void gic_eoi(unsigned intid);

/* For the log: where this CPU's redistributor was found. */
uintptr_t gic_redist_base(void);

#endif
