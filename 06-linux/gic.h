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
#define GICD_IGROUPR            0x0080      /* 1 bit per INTID: 1 = Group 1 */
#define GICD_ISENABLER          0x0100      /* write 1 to enable an INTID */
#define GICD_IPRIORITYR         0x0400      /* 1 byte per INTID */
#define GICD_ICFGR              0x0c00      /* 2 bits per INTID */
#define GICD_ICFGR_EDGE         2U          /* Int_config [1]: edge, not level */
#define GICD_IROUTER            0x6000      /* 8 bytes per INTID: its CPU */

/* Redistributor, RD_base frame. */
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
#define GICR_IPRIORITYR         0x0400      /* 1 byte per INTID */

/* Priorities (lower is more urgent). The watchdog's is above the
 * guest's interrupts: it must get through even while one of those is
 * still running at the physical CPU interface. */
#define GIC_PRIORITY_WATCHDOG   0x80
#define GIC_PRIORITY_GUEST      0xa0

/* Bring up the distributor, this CPU's redistributor and CPU interface;
 * false, having said why, if one of them cannot be used. */
bool gic_init(void);

/* Route a private interrupt (INTID 16-31) of this CPU to us, as Group 1,
 * at the given priority. */
void gic_enable_ppi(unsigned intid, uint8_t priority);

/* Route a shared, level-triggered interrupt (an SPI, INTID 32 and up)
 * to this CPU, as Group 1, at the given priority. */
void gic_enable_spi(unsigned intid, uint8_t priority);

/* The CPU interface, with ICC_CTLR_EL1.EOImode = 1: acknowledge the
 * highest priority pending interrupt (returns its INTID); drop the
 * running priority back (EOI); deactivate it, which for an interrupt
 * handed to the guest the guest's own EOI does instead. */
unsigned gic_ack(void);
void gic_eoi(unsigned intid);
void gic_deactivate(unsigned intid);

#endif
