/*
 * The hypervisor's answer to the guest's HVC (and trapped SMC) calls.
 */
#ifndef HYPERCALL_H
#define HYPERCALL_H

#include <stdint.h>
#include "vcpu.h"

/* Carry out the call the guest's x0..x6 describe and put the result in
 * its x0. The handler of HVC, and of SMC once stepped over. */
void hypercall(struct vcpu *vcpu);

/* main.c: write any cached copy of the line holding pa back to memory.
 * The guest runs with its caches on and we read its memory with ours
 * off: without this we could read what the guest wrote before. */
void dcache_clean_line(uint64_t pa);

#endif
