/*
 * PSCI, the Power State Coordination Interface (Arm DEN 0022): how an OS
 * or hypervisor asks firmware to power CPUs and the system on and off.
 */
#ifndef PSCI_H
#define PSCI_H

/* Function IDs, SMC32 calling convention (DEN 0022 section 5.1). */
#define PSCI_VERSION            0x84000000U
#define PSCI_SYSTEM_OFF         0x84000008U

/* The PSCI version this hypervisor answers with: 1.1, as (major << 16) | minor. */
#define PSCI_VERSION_1_1        0x00010001UL

/* Ask firmware to power the whole machine off; returns only if it refuses. */
void psci_system_off(void);

/* Say so on the console, then power off. Never returns. */
void power_off(void) __attribute__((noreturn));

#endif
