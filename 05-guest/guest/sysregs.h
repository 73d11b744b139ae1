/*
 * The EL1 system registers and fields the guest uses, named as in the
 * Arm ARM. Usable from C and from assembly.
 */
#ifndef SYSREGS_H
#define SYSREGS_H

/* Constants that assembly uses too: the assembler knows no UL suffix. */
#ifdef __ASSEMBLER__
#define UL(x)                   x
#else
#define UL(x)                   x##UL
#endif

#define CURRENTEL_EL_SHIFT      2
#define CURRENTEL_EL_MASK       (UL(3) << CURRENTEL_EL_SHIFT)

/* The PSTATE.{D,A,I,F} masks as `msr daifset` and `msr daifclr` take
 * them: a 4-bit immediate, D in bit 3 down to F in bit 0. */
#define DAIFSET_D               8             /* debug exceptions */
#define DAIFSET_A               4             /* SError */
#define DAIFSET_I               2             /* IRQ */
#define DAIFSET_F               1             /* FIQ */
#define DAIFSET_ALL             (DAIFSET_D | DAIFSET_A | DAIFSET_I | DAIFSET_F)

#define MPIDR_EL1_AFF0_SHIFT    0
#define MPIDR_EL1_AFF1_SHIFT    8
#define MPIDR_EL1_AFF2_SHIFT    16
#define MPIDR_EL1_AFF3_SHIFT    32

/* ESR_EL1: exception class and the ISS fields the guest reads. */
#define ESR_EC_SHIFT            26
#define ESR_EC_MASK             UL(0x3f)
#define ESR_EC_UNKNOWN          0x00          /* undefined instruction */
#define ESR_EC_DABT_CUR         0x25          /* data abort, current EL */

/* ID_AA64PFR0_EL1.EL2 [11:8]: 0 = no EL2 (what a guest should see). */
#define ID_AA64PFR0_EL1_EL2_SHIFT 8
#define ID_AA64PFR0_EL1_EL2_MASK  (UL(0xf) << ID_AA64PFR0_EL1_EL2_SHIFT)

/* CTR_EL0.DminLine [19:16]: log2 of the smallest data cache line, in
 * 4-byte words. */
#define CTR_EL0_DMINLINE_SHIFT  16
#define CTR_EL0_DMINLINE_MASK   UL(0xf)

/* SCTLR_EL1 */
#define SCTLR_EL1_M             (UL(1) << 0)  /* stage-1 MMU on */
#define SCTLR_EL1_C             (UL(1) << 2)  /* data caches on */
#define SCTLR_EL1_SA            (UL(1) << 3)  /* SP alignment check */
#define SCTLR_EL1_I             (UL(1) << 12) /* instruction caches on */
/* Bits 29:28, 23:22, 20, 11 are RES1 (on the cores this guest meets). */
#define SCTLR_EL1_RES1          (UL(3) << 28 | UL(3) << 22 | UL(1) << 20 | \
				 UL(1) << 11)

/* TCR_EL1: the shape of the guest's own (stage-1) translation. */
#define TCR_EL1_T0SZ_SHIFT      0             /* VA size = 64 - T0SZ */
#define TCR_EL1_IRGN0_WBWA      (UL(1) << 8)  /* walks: inner write-back */
#define TCR_EL1_ORGN0_WBWA      (UL(1) << 10) /* walks: outer write-back */
#define TCR_EL1_SH0_INNER       (UL(3) << 12) /* walks: inner shareable */
#define TCR_EL1_TG0_4K          (UL(0) << 14) /* TTBR0: 4 KiB granule */
#define TCR_EL1_EPD1            (UL(1) << 23) /* no walks through TTBR1 */
#define TCR_EL1_TG1_4K          (UL(2) << 30) /* TTBR1: 4 KiB granule */
#define TCR_EL1_IPS_32BIT       (UL(0) << 32) /* output (IPA) size 32 bits */

/* MAIR_EL1: memory types, indexed by a descriptor's AttrIndx. */
#define MAIR_NORMAL_WB          UL(0xff)      /* normal, write-back, allocate */
#define MAIR_DEVICE_nGnRE       UL(0x04)
#define MAIR_ATTR(idx, attr)    ((attr) << ((idx) * 8))

/* CNTV_CTL_EL0: the EL1 virtual timer. */
#define CNTV_CTL_ENABLE         (UL(1) << 0)
#define CNTV_CTL_ISTATUS        (UL(1) << 2)

/* The GICv3 CPU interface, as EL1 sees it. */
#define ICC_SRE_EL1_SRE         (UL(1) << 0)  /* system-register interface */
#define ICC_IGRPEN1_EL1_ENABLE  (UL(1) << 0)
#define ICC_IAR1_EL1_INTID_MASK UL(0xffffff)
#define ICC_INTID_SPURIOUS      1023

/* The PMU, for `make bench`: count instructions per exception level
 * (boot.S uses these too). */
#define PMCR_EL0_E              (UL(1) << 0)  /* enable the counters */
#define PMCR_EL0_P              (UL(1) << 1)  /* reset the event counters */
#define PMEVTYPER_P             (UL(1) << 31) /* do not count at EL1 */
#define PMEVTYPER_U             (UL(1) << 30) /* do not count at EL0 */
#define PMEVTYPER_NSH           (UL(1) << 27) /* count at EL2 */
#define PMCNTENSET_P0           (UL(1) << 0)  /* event counter 0 on */
#define PMCNTENSET_P1           (UL(1) << 1)  /* event counter 1 on */
#define PMU_EVENT_INST_RETIRED  UL(0x08)      /* evtCount [9:0] */

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
