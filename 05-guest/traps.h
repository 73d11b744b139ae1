/*
 * Exceptions taken from the guest (lower EL, AArch64) to EL2.
 */
#ifndef TRAPS_H
#define TRAPS_H

#include "vcpu.h"

/* Called by vectors.S (guest_exit) with the guest's registers saved in
 * vcpu; returns to guest_enter, which resumes the guest. */
void handle_guest_exception(struct vcpu *vcpu, unsigned kind);

#endif
