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

/* MPIDR_EL1: which core this is. Aff0-Aff2 are bits [23:0]; Aff3, bits
 * [39:32], is 0 on QEMU's virt board. */
#define MPIDR_EL1_AFF012_MASK   UL(0xffffff)

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
