/*
 * The calling convention between guest and hypervisor: Arm's SMC Calling
 * Convention (SMCCC, Arm DEN 0028), used for HVC as well as SMC.
 *
 *   x0       function ID (bits [31:0]; bits [63:32] are ignored)
 *   x1..x6   arguments
 *   x0       result, a negative value for an error
 *
 * Function ID bits:
 *   [31]     1 = fast call (runs to completion)
 *   [30]     1 = SMC64/HVC64 convention (64-bit arguments)
 *   [29:24]  owner: 4 = standard secure service (PSCI),
 *                   6 = vendor-specific hypervisor service (ours)
 *   [15:0]   function number
 */
#ifndef SMCCC_H
#define SMCCC_H

#define SMCCC_FAST_CALL         (1U << 31)
#define SMCCC_64                (1U << 30)
#define SMCCC_OWNER_SHIFT       24
#define SMCCC_OWNER_MASK        0x3fU
#define SMCCC_OWNER_STANDARD    4U           /* PSCI */
#define SMCCC_OWNER_VENDOR_HYP  6U

/* Our hypercalls: fast, 64-bit, vendor-specific hypervisor service. */
#define HYP_CALL(n)             (SMCCC_FAST_CALL | SMCCC_64 | \
				 (SMCCC_OWNER_VENDOR_HYP << SMCCC_OWNER_SHIFT) | (n))
#define HYP_NULL                HYP_CALL(0)  /* does nothing -> 0 */
#define HYP_VERSION             HYP_CALL(1)  /* -> (major << 16) | minor */
#define HYP_CONSOLE_WRITE       HYP_CALL(2)  /* x1 = address, x2 = length
						-> bytes written */

#define HYP_VERSION_MAJOR       1
#define HYP_VERSION_MINOR       0
#define HYP_CONSOLE_WRITE_MAX   256          /* bytes per call */

/* The Arm Architecture Service calls (owner 0, SMC32). */
#define SMCCC_VERSION           0x80000000U  /* -> (major << 16) | minor */
#define SMCCC_ARCH_FEATURES     0x80000001U  /* x1 = a function ID -> 0 if
						implemented */
#define SMCCC_VERSION_1_1       0x00010001UL

/* Return values (SMCCC section "Return codes"). */
#define SMCCC_RET_SUCCESS           0L
#define SMCCC_RET_NOT_SUPPORTED     (-1L)    /* unknown function ID */
#define SMCCC_RET_INVALID_PARAMETER (-3L)

#endif
