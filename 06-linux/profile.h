/*
 * The trap profile of `make bench` (images built with -DTEST_BENCH):
 * how many exits of each kind the guest makes, and how many
 * instructions the hypervisor's handler spends on each kind, read from
 * the PMU's EL2 instruction counter (event counter 1, which boot.S
 * starts) before and after the handler. In other builds it is nothing.
 */
#ifndef PROFILE_H
#define PROFILE_H

#include "sysregs.h"

enum prof_kind {
	PROF_MMIO_UART,         /* data abort, emulated PL011 */
	PROF_MMIO_GICD,         /* data abort, emulated distributor */
	PROF_MMIO_GICR,         /* data abort, emulated redistributor */
	PROF_SYSREG,            /* trapped MRS/MSR: ID registers */
	PROF_SGI,               /* trapped ICC_SGI1R_EL1 write */
	PROF_HVC,               /* HVC or SMC: PSCI and the others */
	PROF_IRQ_TIMER,         /* a timer's interrupt, injected */
	PROF_IRQ_UART,          /* the real UART's: input for the guest */
	PROF_IRQ_MAINT,         /* the GIC's maintenance interrupt */
	PROF_OTHER,             /* the rest: hang checks, refused accesses */
	PROF_KINDS
};

#ifdef TEST_BENCH
static inline unsigned long prof_start(void)
{
	return read_sysreg(pmevcntr1_el0);
}

/* One exit of `kind`, whose handler began at prof_start() = start. */
void prof_count(enum prof_kind kind, unsigned long start);

/* The guest's run is over: print the profile as "bench:" lines. */
void prof_print(void);
#else
static inline unsigned long prof_start(void) { return 0; }
static inline void prof_count(enum prof_kind kind, unsigned long start)
{
	(void)kind;
	(void)start;
}
static inline void prof_print(void) {}
#endif

#endif
