/*
 * The guest's GIC. Its CPU interface is the GIC's own virtual CPU
 * interface (ICH_* at EL2, ICV_* as the guest sees it): acknowledging and
 * ending interrupts costs the guest no trap. Its distributor and
 * redistributor are emulated here, as far as a guest needs them to
 * enable and prioritise its private interrupts.
 */
#ifndef VGIC_H
#define VGIC_H

#include <stdbool.h>
#include <stdint.h>
#include "mmio.h"

extern const struct mmio_device vgicd_device;
extern const struct mmio_device vgicr_device;

/* Reset the virtual CPU interface and turn it on (ICH_HCR_EL2.En). */
void vgic_init(void);

/* A physical interrupt arrived for the guest and was acknowledged: hand
 * it to the guest through a list register, linked to the physical INTID
 * so the guest's EOI deactivates it. If the guest has not enabled it
 * yet, it is kept pending until it does. */
void vgic_inject_hw(unsigned intid);

/* How many virtual interrupts went into list registers. */
unsigned long vgic_delivered(void);

/* vgic_lr.c, the system-register side: put intid in a free list
 * register (false if none is free), and the vCPU's MPIDR. */
bool vgic_lr_fill(unsigned intid, uint8_t priority);
uint64_t vgic_vcpu_mpidr(void);

#endif
