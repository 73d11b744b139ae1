/*
 * System registers and their fields, named as in the Arm Architecture
 * Reference Manual for A-profile (the "Arm ARM", DDI 0487), where each
 * register has a page of its own under its name.
 * Usable from C and from assembly.
 */
#ifndef SYSREGS_H
#define SYSREGS_H

/* CurrentEL: the exception level we run at, in bits [3:2]. */
#define CURRENTEL_EL_SHIFT      2
#define CURRENTEL_EL_MASK       (3UL << CURRENTEL_EL_SHIFT)

/* MPIDR_EL1: which core this is. Aff0-Aff2 are bits [23:0]. */
#define MPIDR_EL1_AFF012_MASK   0xffffff

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
