/*
 * System registers and their fields, named as in the Arm Architecture
 * Reference Manual for A-profile (the "Arm ARM", DDI 0487), where each
 * register has a page of its own under its name.
 * Usable from C and from assembly.
 */
#ifndef SYSREGS_H
#define SYSREGS_H

/* Constants that assembly uses too: the assembler knows no UL suffix. */
#ifdef __ASSEMBLER__
#define UL(x)                   x
#else
#define UL(x)                   x##UL
#endif

/* CurrentEL: the exception level we run at, in bits [3:2]. */
#define CURRENTEL_EL_SHIFT      2
#define CURRENTEL_EL_MASK       (UL(3) << CURRENTEL_EL_SHIFT)
#define CURRENTEL_EL2           (UL(2) << CURRENTEL_EL_SHIFT)

/* The PSTATE.{D,A,I,F} masks as `msr daifset` and `msr daifclr` take
 * them: a 4-bit immediate, D in bit 3 down to F in bit 0. */
#define DAIFSET_D               8             /* debug exceptions */
#define DAIFSET_A               4             /* SError */
#define DAIFSET_I               2             /* IRQ */
#define DAIFSET_F               1             /* FIQ */
#define DAIFSET_ALL             (DAIFSET_D | DAIFSET_A | DAIFSET_I | DAIFSET_F)

/* SCTLR_EL2, with HCR_EL2.E2H == 0. */
/* Bits 29:28, 23:22, 18, 16, 11, 5:4 are RES1: write them as 1. */
#define SCTLR_EL2_RES1          (UL(3) << 28 | UL(3) << 22 | UL(1) << 18 | \
				 UL(1) << 16 | UL(1) << 11 | UL(3) << 4)

/* HCR_EL2: the hypervisor's configuration of EL1 and EL0. */
#define HCR_EL2_TGE             (UL(1) << 27) /* EL1's exceptions go to EL2 */
#define HCR_EL2_RW              (UL(1) << 31) /* EL1 is AArch64 */
#define HCR_EL2_E2H             (UL(1) << 34) /* EL2 is a host OS's (VHE) */

/* ID_AA64MMFR4_EL1.E2H0 [27:24], a signed field: negative when the CPU
 * lacks FEAT_E2H0, and HCR_EL2.E2H is then RES1. Binutils 2.40 knows
 * the register only by its encoding, S3_0_C0_C7_4. */
#define ID_AA64MMFR4_EL1_E2H0_NEGATIVE (UL(1) << 27)

/* CTR_EL0.DminLine [19:16]: log2 of the smallest data cache line, in
 * 4-byte words. */
#define CTR_EL0_DMINLINE_SHIFT  16
#define CTR_EL0_DMINLINE_MASK   UL(0xf)

#ifndef __ASSEMBLER__

#define read_sysreg(reg) ({                                             \
	unsigned long __val;                                            \
	__asm__ volatile("mrs %0, " #reg : "=r"(__val));                \
	__val;                                                          \
})

#define write_sysreg(reg, val) do {                                     \
	unsigned long __val = (unsigned long)(val);                     \
	__asm__ volatile("msr " #reg ", %0" : : "r"(__val) : "memory"); \
} while (0)

static inline unsigned current_el(void)
{
	return (unsigned)((read_sysreg(CurrentEL) & CURRENTEL_EL_MASK)
			  >> CURRENTEL_EL_SHIFT);
}

#endif /* __ASSEMBLER__ */
#endif
