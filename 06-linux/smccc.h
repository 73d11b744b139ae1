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

/* Discovery calls a kernel makes at boot (Linux does both):
 *   HYP_CALL_UID   which hypervisor is this? A UUID in w0-w3 (Vendor
 *                  Specific Hypervisor Service, SMC32, function 0xff01);
 *                  a kernel that knows it may use its calls
 *   TRNG_VERSION   is there a true random number generator service
 *                  (Arm DEN 0098)? Not here: NOT_SUPPORTED */
#define HYP_CALL_UID            0x8600ff01U
#define SMCCC_TRNG_VERSION      0x84000050U
/* This hypervisor's UUID, 4d6c2a3e-9b1f-4c57-8e21-06a5e1f0c0de, as the
 * four words SMCCC returns it in (bytes in order, little-endian words). */
#define HYP_UID_W0              0x3e2a6c4dU
#define HYP_UID_W1              0x574c1f9bU
#define HYP_UID_W2              0xa506218eU
#define HYP_UID_W3              0xdec0f0e1U

/* Return values (SMCCC section "Return codes"). */
#define SMCCC_RET_SUCCESS           0L
#define SMCCC_RET_NOT_SUPPORTED     (-1L)    /* unknown function ID */
#define SMCCC_RET_INVALID_PARAMETER (-3L)

#endif
