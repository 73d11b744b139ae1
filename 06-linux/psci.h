/*
 * PSCI, the Power State Coordination Interface (Arm DEN 0022): how an OS
 * or hypervisor asks firmware to power CPUs and the system on and off.
 */
#ifndef PSCI_H
#define PSCI_H

/* Function IDs (DEN 0022 section 5.1): 0x84.. SMC32, 0xc4.. SMC64 for
 * the calls that take an address or an MPIDR. */
#define PSCI_VERSION            0x84000000U
#define PSCI_CPU_SUSPEND        0x84000001U
#define PSCI_CPU_SUSPEND_64     0xc4000001U
#define PSCI_CPU_OFF            0x84000002U
#define PSCI_CPU_ON             0x84000003U
#define PSCI_CPU_ON_64          0xc4000003U
#define PSCI_AFFINITY_INFO      0x84000004U
#define PSCI_AFFINITY_INFO_64   0xc4000004U
#define PSCI_MIGRATE_INFO_TYPE  0x84000006U
#define PSCI_SYSTEM_OFF         0x84000008U
#define PSCI_SYSTEM_RESET       0x84000009U
#define PSCI_FEATURES           0x8400000aU
#define PSCI_FN_MASK            0xffffU       /* the function number */
#define PSCI_FN_LAST            0x1fU         /* PSCI's are 0x00-0x1f */

/* The PSCI version this hypervisor answers with: 1.1, as (major << 16) | minor. */
#define PSCI_VERSION_1_1        0x00010001UL

/* PSCI return values (DEN 0022 section 5.2.2); not all SMCCC's. */
#define PSCI_RET_SUCCESS            0L
#define PSCI_RET_NOT_SUPPORTED      (-1L)
#define PSCI_RET_INVALID_PARAMETERS (-2L)
#define PSCI_RET_ALREADY_ON         (-4L)

/* AFFINITY_INFO's answer for a CPU. */
#define PSCI_AFFINITY_ON        0L

/* MIGRATE_INFO_TYPE's answer: no Trusted OS, nothing to migrate. */
#define PSCI_TOS_NOT_PRESENT    2L

/* CPU_SUSPEND's power_state, original format: StateID [15:0], StateType
 * [16], PowerLevel [25:24]; the other bits must be 0. */
#define PSCI_POWER_STATE_RES0   0xfcfe0000UL

/* Ask firmware to power the whole machine off; returns only if it refuses. */
void psci_system_off(void);

/* Say so on the console, then power off. Never returns. */
void power_off(void) __attribute__((noreturn));

#endif
