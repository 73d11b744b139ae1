/*
 * LAB 03, part enter: HCR_EL2_VALUE, the bits of the field table above,
 * composed from the HCR_EL2_* names in sysregs.h (hcr_value() adds TLOR
 * where the CPU has it). And GUEST_SPSR, the PSTATE the guest starts
 * with (SPSR_EL2_M_* and PSTATE_*): EL1 with its own stack pointer,
 * every interrupt masked; write its comment. Read:
 * docs/03-el2-vectors.md, "HCR_EL2, Hypervisor Configuration Register"
 * and "Entering EL1 for the first time".
 */
#define HCR_EL2_VALUE   UL(0)
#define GUEST_SPSR      UL(0)
