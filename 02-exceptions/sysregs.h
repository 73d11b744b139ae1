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
#define MPIDR_EL1_AFF0_SHIFT    0
#define MPIDR_EL1_AFF1_SHIFT    8
#define MPIDR_EL1_AFF2_SHIFT    16
#define MPIDR_EL1_AFF3_SHIFT    32

/* The PSTATE.{D,A,I,F} masks as `msr daifset` and `msr daifclr` take
 * them: a 4-bit immediate, D in bit 3 down to F in bit 0. */
#define DAIFSET_D               8             /* debug exceptions */
#define DAIFSET_A               4             /* SError */
#define DAIFSET_I               2             /* IRQ */
#define DAIFSET_F               1             /* FIQ */
#define DAIFSET_ALL             (DAIFSET_D | DAIFSET_A | DAIFSET_I | DAIFSET_F)

/* SCTLR_EL2, with HCR_EL2.E2H == 0. */
#define SCTLR_EL2_M             (UL(1) << 0)  /* stage-1 MMU enable */
#define SCTLR_EL2_A             (UL(1) << 1)  /* alignment check on loads/stores */
#define SCTLR_EL2_C             (UL(1) << 2)  /* data caches enable */
#define SCTLR_EL2_SA            (UL(1) << 3)  /* SP alignment check */
#define SCTLR_EL2_I             (UL(1) << 12) /* instruction cache enable */
#define SCTLR_EL2_EE            (UL(1) << 25) /* big-endian data accesses */
/* Bits 29:28, 23:22, 18, 16, 11, 5:4 are RES1: write them as 1. */
#define SCTLR_EL2_RES1          (UL(3) << 28 | UL(3) << 22 | UL(1) << 18 | \
				 UL(1) << 16 | UL(1) << 11 | UL(3) << 4)

/* HCR_EL2: the hypervisor's configuration of EL1 and EL0. */
#define HCR_EL2_IMO             (UL(1) << 4)  /* physical IRQs are taken to EL2 */
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

/* ESR_EL2: why we took a synchronous exception. */
#define ESR_EL2_EC_SHIFT        26            /* [31:26] exception class */
#define ESR_EL2_EC_MASK         (UL(0x3f) << ESR_EL2_EC_SHIFT)
#define ESR_EL2_IL              (UL(1) << 25) /* 32-bit instruction */
#define ESR_EL2_ISS_MASK        UL(0x1ffffff) /* [24:0] class-specific */

/* Exception classes this chapter handles (the decoder names more). */
#define ESR_EC_DABT_CUR         0x25          /* data abort, current EL */
#define ESR_EC_BRK64            0x3c          /* BRK in AArch64 */

/* ISS of a BRK: the instruction's 16-bit comment. */
#define ESR_ISS_BRK_COMMENT_MASK UL(0xffff)

/* ISS of a data abort (ISS encoding for an exception from a Data Abort). */
#define ESR_ISS_DABT_WNR        (UL(1) << 6)  /* 1: the access was a write */
#define ESR_ISS_DABT_DFSC_MASK  UL(0x3f)      /* [5:0] fault status code */
#define ESR_FSC_ALIGNMENT       0x21          /* alignment fault */

/* SPSR_EL2 / DAIF: the PSTATE.{D,A,I,F} interrupt mask bits. */
#define PSTATE_F                (UL(1) << 6)
#define PSTATE_I                (UL(1) << 7)
#define PSTATE_A                (UL(1) << 8)
#define PSTATE_D                (UL(1) << 9)

/* CNTHP_CTL_EL2: the EL2 physical timer. */
#define CNTHP_CTL_ENABLE        (UL(1) << 0)  /* on: fires when the count reaches CVAL */
#define CNTHP_CTL_IMASK         (UL(1) << 1)  /* mask the interrupt */
#define CNTHP_CTL_ISTATUS       (UL(1) << 2)  /* condition met (read-only) */

/* ICC_SRE_EL2: how EL2 and EL1 reach the GIC CPU interface. */
#define ICC_SRE_EL2_SRE         (UL(1) << 0)  /* system registers at EL2 */
#define ICC_SRE_EL2_ENABLE      (UL(1) << 3)  /* EL1 may use ICC_SRE_EL1 */

/* ICC_IGRPEN1_EL1: Group 1 interrupts on or off. */
#define ICC_IGRPEN1_EL1_ENABLE  (UL(1) << 0)

/* ICC_IAR1_EL1: the INTID acknowledged, in [23:0]. */
#define ICC_IAR1_EL1_INTID_MASK UL(0xffffff)
#define ICC_INTID_SPURIOUS      1023          /* nothing was pending */

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

static inline void isb(void)
{
	__asm__ volatile("isb" : : : "memory");
}

static inline unsigned current_el(void)
{
	return (unsigned)((read_sysreg(CurrentEL) & CURRENTEL_EL_MASK)
			  >> CURRENTEL_EL_SHIFT);
}

#endif /* __ASSEMBLER__ */
#endif
