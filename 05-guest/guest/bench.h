/*
 * Counting instructions for `make bench` (guest side). Event counter 0
 * counts instructions retired at EL1 only, counter 1 at EL2 only. QEMU
 * run with -icount counts them exactly.
 *
 * An operation is measured as a loop of assembly: the operation, then
 * `subs; b.ne`. The loop runs once, then N + 1 times, and the same with an
 * empty loop; print_bench() reports both, and `make bench` computes
 *   ((op N+1 - op 1) - (empty N+1 - empty 1)) / N
 * so that the reads of the counters and the loop's own instructions
 * cancel out, leaving the operation.
 */
#ifndef BENCH_H
#define BENCH_H

#include "print.h"
#include "sysregs.h"

struct count {
	unsigned long el1, el2;
};

static inline void pmu_start(void)
{
	write_sysreg(pmevtyper0_el0, PMEVTYPER_U | PMU_EVENT_INST_RETIRED);
	write_sysreg(pmevtyper1_el0, PMEVTYPER_P | PMEVTYPER_U | PMEVTYPER_NSH |
				     PMU_EVENT_INST_RETIRED);
	write_sysreg(pmcntenset_el0, PMCNTENSET_P0 | PMCNTENSET_P1);
	write_sysreg(pmcr_el0, PMCR_EL0_E | PMCR_EL0_P);
	isb();
}

/*
 * The counts of one call loop(n), read in one stretch of assembly so that
 * whatever surrounds the call is the same instructions for every n.
 */
static inline struct count measure(void (*loop)(unsigned long), unsigned long n)
{
	unsigned long el1_a, el2_a, el1_b, el2_b;

	__asm__ volatile("isb\n\t"
			 "mrs %0, pmevcntr0_el0\n\t"
			 "mrs %1, pmevcntr1_el0\n\t"
			 "mov x0, %4\n\t"
			 "blr %5\n\t"
			 "isb\n\t"
			 "mrs %2, pmevcntr0_el0\n\t"
			 "mrs %3, pmevcntr1_el0"
			 : "=&r"(el1_a), "=&r"(el2_a), "=&r"(el1_b), "=&r"(el2_b)
			 : "r"(n), "r"(loop)
			 : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
			   "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16",
			   "x17", "x18", "x30", "cc", "memory");
	return (struct count){ el1_b - el1_a, el2_b - el2_a };
}

/* Print what loop(1) and loop(n + 1) cost. */
static inline void bench(const char *key, void (*loop)(unsigned long),
			 unsigned long n)
{
	struct count one, many;

	loop(1);                                /* warm up: first-time work */
	one = measure(loop, 1);
	many = measure(loop, n + 1);
	kprintf("bench: %s %lu %lu %lu %lu %lu\n", key, n, one.el1, one.el2,
		many.el1, many.el2);
}

/* The loops: assembly, so their shape is known: the operation, then
 * `subs; b.ne`. Not inlined: measure() calls them. */
#define BENCH_LOOP __attribute__((noinline))

static BENCH_LOOP void loop_empty(unsigned long n)
{
	__asm__ volatile("1: subs %0, %0, #1\n\tb.ne 1b" : "+r"(n));
}

#endif
