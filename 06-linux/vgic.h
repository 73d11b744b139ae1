/*
 * The guest's GIC. Its CPU interface is the GIC's own virtual CPU
 * interface (ICH_* at EL2, ICV_* as the guest sees it): acknowledging and
 * ending interrupts costs the guest no trap. Its distributor and
 * redistributor are emulated here, for the INTIDs the device tree
 * declares: SGIs and PPIs (0-31) and the first 32 SPIs (32-63).
 */
#ifndef VGIC_H
#define VGIC_H

#include <stdbool.h>
#include <stdint.h>
#include "mmio.h"

#define VGIC_INTIDS             64      /* INTIDs 0-63 */

extern const struct mmio_device vgicd_device;
extern const struct mmio_device vgicr_device;

/* Reset the virtual CPU interface and turn it on (ICH_HCR_EL2.En). */
void vgic_init(void);

/* A physical private interrupt arrived for the guest and was
 * acknowledged (a timer's): hand it to the guest linked to the physical
 * INTID, so the guest's EOI deactivates it. Until then it stays active
 * at the physical GIC and cannot fire again. */
void vgic_inject_hw(unsigned intid);

/* An edge: make a virtual interrupt pending (an SGI the guest sent). */
void vgic_inject(unsigned intid);

/* The level of an emulated device's interrupt line (the UART's SPI):
 * pending while high, as a level-sensitive interrupt is. */
void vgic_set_level(unsigned intid, bool high);

/* The guest wrote ICC_SGI1R_EL1 (group 1) or ICC_SGI0R_EL1 (group 0):
 * the SGI goes to every target that is this vCPU. */
void vgic_send_sgi(uint64_t sgir, unsigned group);

/* The maintenance interrupt: list registers freed; fill them again. */
void vgic_maintenance(void);

/* The hang detector's question, asked every few seconds: has a
 * virtual interrupt been pending in a list register, untaken, since
 * the previous call? */
bool vgic_stuck(void);

/* How many virtual interrupts went into list registers. */
unsigned long vgic_delivered(void);

/* vgic_lr.c, the system-register side: the list registers, the
 * underflow maintenance interrupt, and the vCPU's MPIDR. */
unsigned vgic_lr_count(void);
uint64_t vgic_lr_read(unsigned n);
void vgic_lr_write(unsigned n, uint64_t lr);
void vgic_lr_underflow(bool on);
uint64_t vgic_vcpu_mpidr(void);

#endif
