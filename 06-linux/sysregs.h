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

/* SCTLR_EL1, as the guest starts with it: MMU and caches off,
 * little-endian. Bits 29:28, 23:22, 20 and 11 are RES1. */
#define SCTLR_EL1_RES1          (UL(3) << 28 | UL(3) << 22 | UL(1) << 20 | \
				 UL(1) << 11)

/* HCR_EL2: the hypervisor's configuration of EL1 and EL0. */
#define HCR_EL2_VM              (UL(1) << 0)  /* stage-2 translation on */
#define HCR_EL2_PTW             (UL(1) << 2)  /* a stage-1 walk into Device memory faults */
#define HCR_EL2_FMO             (UL(1) << 3)  /* physical FIQs are taken to EL2;
						 virtual FIQs reach EL1 */
#define HCR_EL2_IMO             (UL(1) << 4)  /* physical IRQs are taken to EL2;
						 virtual IRQs reach EL1 */
#define HCR_EL2_AMO             (UL(1) << 5)  /* physical SErrors are taken to EL2;
						 virtual SErrors reach EL1 */
#define HCR_EL2_VSE             (UL(1) << 8)  /* a virtual SError is pending */
#define HCR_EL2_TWI             (UL(1) << 13) /* trap WFI at EL1/EL0 */
#define HCR_EL2_TID3            (UL(1) << 18) /* trap reads of ID group 3 registers */
#define HCR_EL2_TSC             (UL(1) << 19) /* trap SMC at EL1 */
#define HCR_EL2_TIDCP           (UL(1) << 20) /* trap IMPLEMENTATION DEFINED registers */
#define HCR_EL2_TACR            (UL(1) << 21) /* trap ACTLR_EL1 accesses */
#define HCR_EL2_TSW             (UL(1) << 22) /* trap data cache ops by set/way */
#define HCR_EL2_TGE             (UL(1) << 27) /* EL1's exceptions go to EL2 */
#define HCR_EL2_RW              (UL(1) << 31) /* EL1 is AArch64 */
#define HCR_EL2_E2H             (UL(1) << 34) /* EL2 is a host OS's (VHE) */
#define HCR_EL2_TLOR            (UL(1) << 35) /* trap LORegion registers (FEAT_LOR) */

/* ID_AA64MMFR4_EL1.E2H0 [27:24], a signed field: negative when the CPU
 * lacks FEAT_E2H0, and HCR_EL2.E2H is then RES1. Binutils 2.40 knows
 * the register only by its encoding, S3_0_C0_C7_4. */
#define ID_AA64MMFR4_EL1_E2H0_NEGATIVE (UL(1) << 27)

/* CTR_EL0.DminLine [19:16]: log2 of the smallest data cache line, in
 * 4-byte words. */
#define CTR_EL0_DMINLINE_SHIFT  16
#define CTR_EL0_DMINLINE_MASK   UL(0xf)

/* CNTHCTL_EL2 (with HCR_EL2.E2H == 0): EL1's access to the physical
 * counter and timer. */
#define CNTHCTL_EL2_EL1PCTEN    (UL(1) << 0)  /* EL1 may read CNTPCT_EL0 */
#define CNTHCTL_EL2_EL1PCEN     (UL(1) << 1)  /* EL1 may use the EL1 physical timer */

/* CPTR_EL2 (with HCR_EL2.E2H == 0): traps of FP/SIMD and other units.
 * Bits 13:12, 9:0 are RES1 (TSM 12 and TZ 8 trap SME and SVE where those
 * exist); TFP (10), TTA (20), TCPAC (31) left 0 trap nothing. */
#define CPTR_EL2_RES1           UL(0x33ff)
#define CPTR_EL2_TZ             (UL(1) << 8)  /* trap SVE (RES1 without SVE) */
#define CPTR_EL2_TSM            (UL(1) << 12) /* trap SME (RES1 without SME) */

/* MDCR_EL2: EL2's control of debug and performance monitors for EL1. */
#define MDCR_EL2_HPMN_SHIFT     0             /* [4:0] counters 0 to HPMN-1 are EL1's */
#define MDCR_EL2_TPM            (UL(1) << 6)  /* trap EL1 and EL0 PMU accesses */

/* PMCR_EL0.N [15:11]: how many event counters there are. */
#define PMCR_EL0_N_SHIFT        11
#define PMCR_EL0_N_MASK         UL(0x1f)

/* ID register fields, 4 bits each, 0 when the feature is absent. The
 * registers of an absent feature are UNDEFINED: read the field first. */
#define ID_FIELD_MASK           UL(0xf)
#define ID_AA64DFR0_EL1_PMUVER_SHIFT 8        /* PMU; 0xf: a non-standard one */
#define ID_AA64DFR0_EL1_PMUVER_IMPDEF 0xf
#define ID_AA64MMFR0_EL1_FGT_SHIFT 56         /* fine-grained traps (HFG*_EL2) */
#define ID_AA64MMFR1_EL1_LO_SHIFT 16          /* LORegions */
#define ID_AA64MMFR1_EL1_HCX_SHIFT 40         /* HCRX_EL2 */
#define ID_AA64PFR0_EL1_RAS_SHIFT 28          /* RAS: ESB, VSESR_EL2, DISR_EL1 */

/* SPSR_EL2.M[3:0]: the exception level and stack pointer ERET returns to. */
#define SPSR_EL2_M_EL0T         UL(0x0)       /* EL0 */
#define SPSR_EL2_M_EL1T         UL(0x4)       /* EL1, using SP_EL0 */
#define SPSR_EL2_M_EL1H         UL(0x5)       /* EL1, using SP_EL1 */
#define SPSR_EL2_M_MASK         UL(0xf)

/* VTCR_EL2: the shape of the stage-2 translation (with a 4 KiB granule). */
#define VTCR_EL2_T0SZ_SHIFT     0             /* IPA size = 64 - T0SZ bits */
#define VTCR_EL2_SL0_SHIFT      6             /* where the walk starts */
#define VTCR_EL2_SL0_LEVEL1     (UL(1) << VTCR_EL2_SL0_SHIFT) /* 4 KiB granule */
#define VTCR_EL2_IRGN0_WBWA     (UL(1) << 8)  /* walks: inner write-back cacheable */
#define VTCR_EL2_ORGN0_WBWA     (UL(1) << 10) /* walks: outer write-back cacheable */
#define VTCR_EL2_SH0_INNER      (UL(3) << 12) /* walks: inner shareable */
#define VTCR_EL2_TG0_4K         (UL(0) << 14) /* 4 KiB translation granule */
#define VTCR_EL2_PS_SHIFT       16            /* [18:16] physical address size */
#define VTCR_EL2_RES1           (UL(1) << 31)

/* VTTBR_EL2: the stage-2 table's address, and the guest's VMID. */
#define VTTBR_EL2_VMID_SHIFT    48            /* [55:48], 8-bit VMIDs */

/* HPFAR_EL2: the faulting IPA, bits [47:12] of it in FIPA [39:4]. */
#define HPFAR_EL2_FIPA_SHIFT    4
#define HPFAR_EL2_FIPA_MASK     (UL(0xfffffffff) << HPFAR_EL2_FIPA_SHIFT)

/* ID_AA64MMFR0_EL1.PARange [3:0]: the physical address size, coded as
 * VTCR_EL2.PS wants it: 0 = 32, 1 = 36, 2 = 40, 3 = 42, 4 = 44, 5 = 48,
 * 6 = 52 bits. */
#define ID_AA64MMFR0_EL1_PARANGE_MASK UL(0xf)
#define PARANGE_48_BITS         5

/* ESR_EL2: why we took a synchronous exception. */
#define ESR_EL2_EC_SHIFT        26            /* [31:26] exception class */
#define ESR_EL2_EC_MASK         (UL(0x3f) << ESR_EL2_EC_SHIFT)
#define ESR_EL2_IL              (UL(1) << 25) /* 32-bit instruction */
#define ESR_EL2_ISS_MASK        UL(0x1ffffff) /* [24:0] class-specific */

/* Exception classes this chapter handles (the decoder names more). */
#define ESR_EC_UNKNOWN          0x00          /* e.g. an undefined instruction */
#define ESR_EC_WFX              0x01          /* trapped WFI or WFE */
#define ESR_EC_HVC64            0x16          /* HVC in AArch64 */
#define ESR_EC_SMC64            0x17          /* SMC in AArch64 */
#define ESR_EC_SYS64            0x18          /* trapped MSR, MRS or system insn */
#define ESR_EC_IABT_LOW         0x20          /* instruction abort, lower EL */
#define ESR_EC_IABT_CUR         0x21          /* instruction abort, current EL */
#define ESR_EC_DABT_LOW         0x24          /* data abort, lower EL */
#define ESR_EC_DABT_CUR         0x25          /* data abort, current EL */

/* ISS of a data abort (ISS encoding for an exception from a Data Abort). */
#define ESR_ISS_DABT_ISV        (UL(1) << 24) /* bits [23:14] are valid */
#define ESR_ISS_DABT_SAS_SHIFT  22            /* [23:22] size: 1 << SAS bytes */
#define ESR_ISS_DABT_SSE        (UL(1) << 21) /* sign-extend a load */
#define ESR_ISS_DABT_SRT_SHIFT  16            /* [20:16] the register */
#define ESR_ISS_DABT_SF         (UL(1) << 15) /* 64-bit register (Xt, not Wt) */
#define ESR_ISS_DABT_AR         (UL(1) << 14) /* acquire/release */
#define ESR_ISS_DABT_EA         (UL(1) << 9)  /* external abort type */
#define ESR_ISS_DABT_CM         (UL(1) << 8)  /* cache maintenance */
#define ESR_ISS_DABT_S1PTW      (UL(1) << 7)  /* on a stage-1 table walk */
#define ESR_ISS_DABT_WNR        (UL(1) << 6)  /* 1: the access was a write */
#define ESR_ISS_DABT_DFSC_MASK  UL(0x3f)      /* [5:0] fault status code */
#define ESR_ISS_IABT_IFSC_MASK  UL(0x3f)      /* [5:0] of an instruction abort */

/* Fault status codes (DFSC/IFSC), by kind; bits [1:0] give the level. */
#define ESR_FSC_TYPE_MASK       UL(0x3c)
#define ESR_FSC_ADDR_SIZE       0x00
#define ESR_FSC_TRANSLATION     0x04
#define ESR_FSC_ACCESS_FLAG     0x08
#define ESR_FSC_PERMISSION      0x0c
#define ESR_FSC_SEA             0x10          /* synchronous external abort */

/* ISS of a trapped WFI or WFE. */
#define ESR_ISS_WFX_TI_MASK     UL(0x3)       /* [1:0] WFI, WFE, WFIT, WFET */

/* ISS of a trapped MSR/MRS (EC 0x18): the register's encoding. */
#define ESR_ISS_SYS_OP0_SHIFT   20            /* [21:20] */
#define ESR_ISS_SYS_OP2_SHIFT   17            /* [19:17] */
#define ESR_ISS_SYS_OP1_SHIFT   14            /* [16:14] */
#define ESR_ISS_SYS_CRN_SHIFT   10            /* [13:10] */
#define ESR_ISS_SYS_RT_SHIFT    5             /* [9:5] general-purpose register */
#define ESR_ISS_SYS_CRM_SHIFT   1             /* [4:1] */
#define ESR_ISS_SYS_READ        (UL(1) << 0)  /* Direction: 1 = MRS (read) */

/* ISS of an SError (ESR_EL2.EC 0x2f). With IDS = 0 and FEAT_RAS, the
 * architected fields; with IDS = 1, IMPLEMENTATION DEFINED. */
#define ESR_ISS_SERROR_IDS      (UL(1) << 24) /* IMPLEMENTATION DEFINED syndrome */
#define ESR_ISS_SERROR_AET_SHIFT 10           /* [12:10] error type */
#define ESR_ISS_SERROR_AET_MASK (UL(7) << ESR_ISS_SERROR_AET_SHIFT)
#define ESR_ISS_SERROR_EA       (UL(1) << 9)  /* external abort type */
#define ESR_ISS_SERROR_DFSC_MASK UL(0x3f)     /* [5:0] */
#define ESR_SERROR_DFSC_ASYNC   0x11          /* asynchronous SError */
#define ESR_SERROR_AET_UC       0             /* uncontainable */
#define ESR_SERROR_AET_CE       6             /* corrected */

/* ISR_EL1.A: a physical SError is pending (read at EL2). */
#define ISR_EL1_A_SHIFT         8

/* SPSR_EL2 / DAIF: the PSTATE.{D,A,I,F} interrupt mask bits. */
#define PSTATE_F                (UL(1) << 6)
#define PSTATE_I                (UL(1) << 7)
#define PSTATE_A                (UL(1) << 8)
#define PSTATE_D                (UL(1) << 9)
#define PSTATE_NZCV_MASK        (UL(0xf) << 28) /* condition flags N, Z, C, V */

/* More of PSTATE as SPSR_ELx saves it. M[4] says which layout: 0 for a
 * source in AArch64, 1 for AArch32. The bits below keep their place in
 * both layouts, but for those marked AArch64 or AArch32 only (bit 9 is D
 * in AArch64 and E in AArch32). */
#define PSTATE_M_AARCH32        (UL(1) << 4)  /* M[4]: the source ran in AArch32 */
#define PSTATE_T                (UL(1) << 5)  /* AArch32 only: T32 (Thumb) state */
#define PSTATE_E                (UL(1) << 9)  /* AArch32 only: big-endian data */
#define PSTATE_IT_HI_SHIFT      10            /* AArch32 only: IT[7:2] in [15:10] */
#define PSTATE_IT_HI_MASK       (UL(0x3f) << PSTATE_IT_HI_SHIFT)
#define PSTATE_BTYPE_MASK       (UL(3) << 10) /* AArch64 only: branch type (FEAT_BTI) */
#define PSTATE_SSBS             (UL(1) << 12) /* AArch64 only: FEAT_SSBS */
#define PSTATE_IL               (UL(1) << 20) /* illegal execution state */
#define PSTATE_SS               (UL(1) << 21) /* software step */
#define PSTATE_PAN              (UL(1) << 22) /* privileged access never (FEAT_PAN) */
#define PSTATE_UAO              (UL(1) << 23) /* AArch64 only: FEAT_UAO */
#define PSTATE_DIT              (UL(1) << 24) /* data independent timing (FEAT_DIT) */
#define PSTATE_TCO              (UL(1) << 25) /* AArch64 only: tag check override (FEAT_MTE) */
#define PSTATE_IT_LO_SHIFT      25            /* AArch32 only: IT[1:0] in [26:25] */
#define PSTATE_IT_LO_MASK       (UL(3) << PSTATE_IT_LO_SHIFT)

/* SCTLR_EL1 bits that decide PSTATE on taking an exception to EL1. */
#define SCTLR_EL1_SPAN          (UL(1) << 23) /* 0: set PSTATE.PAN (FEAT_PAN) */
#define SCTLR_EL1_DSSBS         (UL(1) << 44) /* PSTATE.SSBS's value (FEAT_SSBS) */

/* SCTLR_EL1's data endianness, which an emulated device access follows. */
#define SCTLR_EL1_E0E           (UL(1) << 24) /* EL0 in AArch64: big-endian */
#define SCTLR_EL1_EE            (UL(1) << 25) /* EL1: big-endian */

/* The ID register fields of the features that add PSTATE bits: each is
 * 4 bits, 0 when the CPU lacks the feature. */
#define ID_FIELD_MASK           UL(0xf)
#define ID_AA64PFR0_EL1_DIT_SHIFT 48          /* FEAT_DIT */
#define ID_AA64PFR1_EL1_SSBS_SHIFT 4          /* FEAT_SSBS */
#define ID_AA64PFR1_EL1_MTE_SHIFT 8           /* FEAT_MTE: 1 and up */
#define ID_AA64MMFR1_EL1_PAN_SHIFT 20         /* FEAT_PAN */

/* CNTHP_CTL_EL2: the EL2 physical timer, the hypervisor's own. */
#define CNTHP_CTL_ENABLE        (UL(1) << 0)  /* on: fires when the count reaches CVAL */

/* ICC_SRE_EL2: how EL2 and EL1 reach the GIC CPU interface. */
#define ICC_SRE_EL2_SRE         (UL(1) << 0)  /* system registers at EL2 */
#define ICC_SRE_EL2_ENABLE      (UL(1) << 3)  /* EL1 may use ICC_SRE_EL1 */

/* ICC_CTLR_EL1 */
#define ICC_CTLR_EL1_EOIMODE    (UL(1) << 1)  /* EOIR drops priority only */

/* ICC_IGRPEN1_EL1: Group 1 interrupts on or off. */
#define ICC_IGRPEN1_EL1_ENABLE  (UL(1) << 0)

/* ICC_IAR1_EL1: the INTID acknowledged, in [23:0]. */
#define ICC_IAR1_EL1_INTID_MASK UL(0xffffff)
#define ICC_INTID_SPURIOUS      1023          /* nothing was pending */

/* ICC_SGI1R_EL1, ICC_SGI0R_EL1: the SGI to raise, and where. */
#define ICC_SGIR_TARGETLIST_MASK UL(0xffff)  /* [15:0] a bit per Aff0, from RS * 16 */
#define ICC_SGIR_AFF1_SHIFT     16            /* [23:16] */
#define ICC_SGIR_INTID_SHIFT    24            /* [27:24] the SGI */
#define ICC_SGIR_INTID_MASK     UL(0xf)
#define ICC_SGIR_AFF2_SHIFT     32            /* [39:32] */
#define ICC_SGIR_IRM            (UL(1) << 40) /* every PE but this one */
#define ICC_SGIR_RS_SHIFT       44            /* [47:44] Range Selector */
#define ICC_SGIR_RS_MASK        UL(0xf)
#define ICC_SGIR_AFF3_SHIFT     48            /* [55:48] */
#define ICC_SGIR_AFF_MASK       UL(0xff)

/* ICH_HCR_EL2: the virtual CPU interface's controls. */
#define ICH_HCR_EL2_EN          (UL(1) << 0)  /* virtual CPU interface on */
#define ICH_HCR_EL2_UIE         (UL(1) << 1)  /* maintenance interrupt when at
						 most one list register is used */

/* ICH_VTR_EL2: what the virtual CPU interface has. */
#define ICH_VTR_EL2_LISTREGS_MASK UL(0x1f)    /* [4:0] list registers - 1 */
#define ICH_VTR_EL2_PREBITS_SHIFT 26          /* [28:26] preemption bits - 1 */
#define ICH_VTR_EL2_PREBITS_MASK UL(0x7)

/* ICH_VMCR_EL2: the guest's view of its CPU interface. */
#define ICH_VMCR_EL2_VFIQEN     (UL(1) << 3)  /* RES1 with ICC_SRE_EL1.SRE = 1 */

/* ICC_SRE_EL1: the guest's way to its CPU interface. */
#define ICC_SRE_EL1_SRE         (UL(1) << 0)  /* system registers */

/* ICH_LR<n>_EL2: one virtual interrupt for the guest. */
#define ICH_LR_VINTID_MASK      UL(0xffffffff) /* [31:0] the INTID it sees */
#define ICH_LR_PINTID_SHIFT     32            /* [44:32] physical INTID (HW) */
#define ICH_LR_EOI              (UL(1) << 41) /* HW = 0: maintenance
						 interrupt when deactivated */
#define ICH_LR_PRIORITY_SHIFT   48            /* [55:48] */
#define ICH_LR_GROUP1           (UL(1) << 60) /* Group 1 */
#define ICH_LR_HW               (UL(1) << 61) /* linked to a physical INTID */
#define ICH_LR_STATE_SHIFT      62            /* [63:62] */
#define ICH_LR_STATE_MASK       (UL(3) << ICH_LR_STATE_SHIFT)
#define ICH_LR_STATE_PENDING    (UL(1) << ICH_LR_STATE_SHIFT)

/* The ID registers: 4-bit fields, each named by its lowest bit. A field
 * the hypervisor hides reads as 0, "not implemented". */
#define ID_FIELD(shift)         (UL(0xf) << (shift))
#define ID_PFR0_EL1_AMU         ID_FIELD(20)  /* activity monitors (AArch32) */
#define ID_PFR0_EL1_RAS         ID_FIELD(28)  /* RAS extension (AArch32) */
#define ID_PFR1_EL1_VIRTUALIZATION ID_FIELD(12) /* EL2 (AArch32) */
#define ID_PFR1_EL1_VIRT_FRAC   ID_FIELD(24)  /* EL2 features (AArch32) */
#define ID_PFR2_EL1_RAS_FRAC    ID_FIELD(8)   /* RAS extension, minor (AArch32) */
#define ID_DFR0_EL1_PERFMON     ID_FIELD(24)  /* the PMU (AArch32) */
#define ID_AA64PFR0_EL1_EL2_SHIFT 8
#define ID_AA64PFR0_EL1_EL2_MASK  ID_FIELD(ID_AA64PFR0_EL1_EL2_SHIFT) /* EL2 */
#define ID_AA64PFR0_EL1_RAS     ID_FIELD(28)  /* RAS extension */
#define ID_AA64PFR0_EL1_SVE     ID_FIELD(32)  /* scalable vectors */
#define ID_AA64PFR0_EL1_MPAM    ID_FIELD(40)  /* memory partitioning and monitoring */
#define ID_AA64PFR0_EL1_AMU     ID_FIELD(44)  /* activity monitors */
#define ID_AA64PFR1_EL1_MTE     ID_FIELD(8)   /* memory tagging */
#define ID_AA64PFR1_EL1_RAS_FRAC ID_FIELD(12) /* RAS extension, minor */
#define ID_AA64PFR1_EL1_MPAM_FRAC ID_FIELD(16) /* MPAM, minor */
#define ID_AA64PFR1_EL1_SME     ID_FIELD(24)  /* scalable matrices */
#define ID_AA64PFR1_EL1_NEWER   (~UL(0) << 36) /* NMI, MTE_frac, GCS, THE, MTEX, DF2, PFAR */
#define ID_AA64DFR0_EL1_PMUVER  ID_FIELD(8)   /* the PMU */
#define ID_AA64DFR0_EL1_PMSVER  ID_FIELD(32)  /* statistical profiling (SPE) */
#define ID_AA64DFR0_EL1_TRACEBUFFER ID_FIELD(44) /* trace buffer (TRBE) */
#define ID_AA64DFR0_EL1_BRBE    ID_FIELD(52)  /* branch record buffer */
#define ID_AA64ISAR1_EL1_APA    ID_FIELD(4)   /* pointer authentication, */
#define ID_AA64ISAR1_EL1_API    ID_FIELD(8)   /*   its algorithms and */
#define ID_AA64ISAR1_EL1_GPA    ID_FIELD(24)  /*   generic authentication */
#define ID_AA64ISAR1_EL1_GPI    ID_FIELD(28)
#define ID_AA64ISAR1_EL1_LS64   ID_FIELD(60)  /* 64-byte loads and stores */
#define ID_AA64ISAR2_EL1_GPA3   ID_FIELD(8)   /* pointer authentication, QARMA3 */
#define ID_AA64ISAR2_EL1_APA3   ID_FIELD(12)
#define ID_AA64ISAR2_EL1_MOPS   ID_FIELD(16)  /* memory copy and set instructions */
#define ID_AA64ISAR2_EL1_PAC_FRAC ID_FIELD(24) /* pointer authentication, minor */
#define ID_AA64ISAR2_EL1_SYSREG_128 ID_FIELD(32) /* 128-bit system registers */
#define ID_AA64ISAR2_EL1_SYSINSTR_128 ID_FIELD(36) /* 128-bit system instructions */

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
