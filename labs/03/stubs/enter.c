/*
 * LAB 03, part enter: HCR_EL2 for the guest, composed from the HCR_EL2_*
 * fields in sysregs.h: EL1 in AArch64; SMC, WFI and reads of the ID
 * group 3 registers trapped to EL2; no stage 2 yet. And GUEST_SPSR, the
 * PSTATE the guest starts with (SPSR_EL2_M_* and PSTATE_*): EL1 with its
 * own stack pointer, every interrupt masked. Write a field table comment
 * for each. Read: docs/03-el2-vectors.md, "HCR_EL2, Hypervisor
 * Configuration Register" and "Entering EL1 for the first time".
 */
#define HCR_EL2_VALUE   UL(0)
#define GUEST_SPSR      UL(0)
