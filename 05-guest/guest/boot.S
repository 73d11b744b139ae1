/*
 * The guest's first instructions, at EL1, MMU off, DAIF masked. Linked
 * with the hypervisor's own layout (common/kernel.ld, at 0x40000000), it
 * starts the way a program on the bare board does: it trusts no register
 * but PC.
 */
#include "sysregs.h"

	.section .text.boot, "ax"
	.global	start
	.type	start, %function
start:
	msr	daifset, #DAIFSET_ALL   /* nothing may interrupt before VBAR */

	/* SCTLR_EL1 in a known state before the first load or store: EE,
	 * the data endianness, may hold whatever reset chose or whoever ran
	 * before us left. RES1 bits set, everything else 0: MMU, caches and
	 * alignment checks off, little-endian. Built in two moves, not
	 * loaded from memory: until EE is known, no load can be trusted.
	 * mmu_init() turns the MMU and caches on. */
	movz	x0, #(SCTLR_EL1_RES1 & 0xffff)
	movk	x0, #(SCTLR_EL1_RES1 >> 16), lsl #16
	msr	sctlr_el1, x0
	isb

#ifdef TEST_BENCH
	/* `make bench` counts instructions from reset: at EL1 in event
	 * counter 0, at EL2 in counter 1. Under the hypervisor (built for
	 * benchmarks too) they run already; on the bare board, start here. */
	mrs	x0, pmcr_el0
	tbnz	x0, #0, 1f                      /* PMCR_EL0.E: counting already */
	mov	x0, #PMU_EVENT_INST_RETIRED
	orr	x0, x0, #PMEVTYPER_U
	msr	pmevtyper0_el0, x0
	mov	x0, #PMU_EVENT_INST_RETIRED
	orr	x0, x0, #PMEVTYPER_NSH
	orr	x0, x0, #PMEVTYPER_P
	orr	x0, x0, #PMEVTYPER_U
	msr	pmevtyper1_el0, x0
	mov	x0, #(PMCNTENSET_P0 | PMCNTENSET_P1)
	msr	pmcntenset_el0, x0
	mov	x0, #(PMCR_EL0_E | PMCR_EL0_P)
	msr	pmcr_el0, x0
	isb
1:
#endif

	adrp	x0, stack_top
	add	x0, x0, :lo12:stack_top
	mov	sp, x0

	adrp	x0, __bss_start
	add	x0, x0, :lo12:__bss_start
	adrp	x1, __bss_end
	add	x1, x1, :lo12:__bss_end
.Lclear_bss:
	cmp	x0, x1
	b.hs	.Lbss_done
	stp	xzr, xzr, [x0], #16
	b	.Lclear_bss
.Lbss_done:

	adrp	x0, vectors
	add	x0, x0, :lo12:vectors
	msr	vbar_el1, x0
	isb

	bl	main
	/* main powers off and does not return. */
1:	wfi
	b	1b
	.size	start, . - start
