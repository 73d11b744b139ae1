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
	b.ne	.Lsctlr_done
	movz	x0, #(SCTLR_EL2_RES1 & 0xffff)
	movk	x0, #(SCTLR_EL2_RES1 >> 16), lsl #16
	msr	sctlr_el2, x0
	isb
.Lsctlr_done:

	/* One CPU runs the hypervisor. QEMU keeps the others powered off
	 * until PSCI CPU_ON, but some firmware releases every core at once:
	 * anyone but core 0 waits here for good. */
	mrs	x0, mpidr_el1
	and	x0, x0, #MPIDR_EL1_AFF012_MASK
	cbnz	x0, .Lpark

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
.Lpark:
	wfe
	b	.Lpark
	.size	start, . - start
