/*
 * Exceptions taken from the guest (lower EL, AArch64) to EL2.
 */
#ifndef TRAPS_H
#define TRAPS_H

#include <stdbool.h>
#include "vcpu.h"

/* Called by vectors.S (guest_exit) with the guest's registers saved in
 * vcpu; when they return, guest_enter resumes the guest. A synchronous
 * trap goes to guest_sync_handlers[ESR_EL2.EC]; any other exception, or
 * a class without a handler, to handle_guest_exception(). */
extern void (*const guest_sync_handlers[64])(struct vcpu *);
void handle_guest_exception(struct vcpu *vcpu, unsigned kind);

/* An SError of the running guest's, with its ESR_EL2, taken at EL2 in
 * vectors.S's take_guest_serror window. */
void guest_serror(unsigned long esr);

/* May the hypervisor report one more thing the guest did wrong? Yes for
 * the first few; after that they are only counted (guest_reports()). */
bool guest_report_allowed(void);
unsigned long guest_reports(void);

/* The hang detector: the EL2 physical timer fires every HANG_CHECK_S
 * seconds (hang_check_arm() sets it for the next time), and a guest that
 * has left an interrupt pending, unacknowledged, since the previous
 * check is stopped. */
#define HANG_CHECK_S    4
void hang_check_arm(void);

#endif
