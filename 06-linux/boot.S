/*
 * The first instructions run: QEMU starts the boot CPU here, at the ELF
 * entry point, at EL2 (with -M virt,virtualization=on), with the MMU off
 * and all of DAIF (debug, SError, IRQ, FIQ) masked. Other CPUs start only
 * when PSCI CPU_ON asks, at the address it gives.
 */
#include "sysregs.h"

	.section .text.boot, "ax"
	.global	start
	.type	start, %function
start:
#ifdef TEST_E2H
	/* The E2H test: arrive as from firmware that left HCR_EL2.E2H and
	 * TGE set, a VHE host's setting (on a CPU with FEAT_VHE: -cpu max). */
	mrs	x0, hcr_el2
	orr	x0, x0, #HCR_EL2_E2H
	orr	x0, x0, #HCR_EL2_TGE
	msr	hcr_el2, x0
	isb
#endif
#ifdef TEST_BENCH
	/* `make bench` counts instructions from here: instructions retired
	 * at EL1 in event counter 0, at EL2 in counter 1 (bench.h in the
	 * guest reads them). */
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
#endif
	/* No vector table yet: keep every interrupt masked. (The blog
	 * unmasks IRQ and FIQ here; an interrupt now would jump through
	 * an unset vector base.) */
	msr	daifset, #DAIFSET_ALL

	/* At EL2, put SCTLR_EL2 in a known state before the first load or
	 * store: EE, the endianness of data accesses, and A and SA may hold
	 * anything after reset (IMPLEMENTATION DEFINED or UNKNOWN values), or
	 * whatever firmware left. RES1 bits set, everything else 0: MMU,
	 * caches and alignment checks off, little-endian. The value is built
	 * in two moves, not loaded from memory: until EE is known, no load
	 * can be trusted. (Started at EL1, where SCTLR_EL2 cannot be reached,
	 * main says it needs EL2.) */
	mrs	x0, CurrentEL
	cmp	x0, #CURRENTEL_EL2
	b.ne	.Lel2_done
	movz	x0, #(SCTLR_EL2_RES1 & 0xffff)
	movk	x0, #(SCTLR_EL2_RES1 >> 16), lsl #16
	msr	sctlr_el2, x0
	isb

	/* HCR_EL2 is UNKNOWN at reset as well, and firmware may leave E2H
	 * or TGE set. With E2H = 1 an EL1 register name used at EL2 means
	 * the EL2 register (`msr vbar_el1` would move our own vector base),
	 * and TGE = 1 sends EL1's exceptions to EL2. RW only: both 0, and a
	 * lower EL runs in AArch64. A CPU that keeps E2H at 1 whatever we
	 * write is caught in main, which can say so. */
	mov	x0, #HCR_EL2_RW
	msr	hcr_el2, x0
	isb
.Lel2_done:

	/* Nothing may sit in a data cache over .bss and the stack: with
	 * the D-cache off our stores go to memory, and a dirty line an
	 * earlier boot stage left there could be evicted later on top of
	 * them. Invalidate every line, by address to the point of
	 * coherency, from __bss_start to __hyp_end (kernel.ld aligns both
	 * to CACHE_LINE_MAX, so no other data shares these lines).
	 * Whichever CPU QEMU or the firmware started runs on from here,
	 * whatever its affinity: both start exactly one, and keep the
	 * others powered off until PSCI CPU_ON. */
	mrs	x2, ctr_el0
	lsr	x2, x2, #CTR_EL0_DMINLINE_SHIFT
	and	x2, x2, #CTR_EL0_DMINLINE_MASK  /* log2 of the line, in words */
	mov	x3, #4                          /* bytes per word */
	lsl	x2, x3, x2
	adrp	x0, __bss_start
	add	x0, x0, :lo12:__bss_start
	adrp	x1, __hyp_end
	add	x1, x1, :lo12:__hyp_end
	dsb	sy
.Linvalidate:
	dc	ivac, x0
	add	x0, x0, x2
	cmp	x0, x1
	b.lo	.Linvalidate
	dsb	sy

	/* A stack for C, at the top of the area the linker reserved. */
	adrp	x0, stack_top
	add	x0, x0, :lo12:stack_top
	mov	sp, x0

	/* C expects static variables without initialiser to be 0. QEMU
	 * happens to give us zeroed RAM; hardware and a warm reset do not. */
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

	bl	main

	/* main powers the machine off and does not return. */
.Lhalt:
	wfe
	b	.Lhalt
	.size	start, . - start
