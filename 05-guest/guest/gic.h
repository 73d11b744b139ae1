/*
 * The guest's GICv3 driver: distributor, its CPU's redistributor, and the
 * CPU interface (ICC_* system registers at EL1). On the bare board these
 * are the real GIC; under the hypervisor the distributor and
 * redistributor are emulated and the CPU interface is the GIC's virtual
 * one. The driver cannot tell.
 */
#ifndef GIC_H
#define GIC_H

#include <stdbool.h>
#include <stdint.h>

#define GICD_CTLR               0x0000
#define GICD_CTLR_ENABLE_GRP1   (1U << 1)
#define GICD_CTLR_ARE           (1U << 4)
#define GICD_CTLR_RWP           (1U << 31)

#define GICR_CTLR               0x0000
#define GICR_CTLR_RWP           (1U << 3)
#define GICR_TYPER              0x0008      /* 64 bits */
#define GICR_TYPER_LAST         (1UL << 4)
#define GICR_TYPER_AFF_SHIFT    32
#define GICR_WAKER              0x0014
#define GICR_WAKER_PROCESSOR_SLEEP (1U << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1U << 2)

#define GICR_SGI_BASE           0x10000
#define GICR_IGROUPR0           0x0080
#define GICR_ISENABLER0         0x0100
#define GICR_ICENABLER0         0x0180
#define GICR_IPRIORITYR         0x0400

#define GIC_PRIORITY_TIMER      0xa0

bool gic_init(void);
void gic_enable_ppi(unsigned intid, uint8_t priority);
void gic_disable_ppi(unsigned intid);
unsigned gic_ack(void);
void gic_eoi(unsigned intid);

#endif
