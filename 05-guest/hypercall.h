/*
 * The hypervisor's answer to the guest's HVC (and trapped SMC) calls.
 */
#ifndef HYPERCALL_H
#define HYPERCALL_H

#include "vcpu.h"

/* Carry out the call the guest's x0..x6 describe and put the result in
 * its x0. The handler of HVC, and of SMC once stepped over. */
void hypercall(struct vcpu *vcpu);

#endif
