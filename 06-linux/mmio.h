/*
 * Trap and emulate: the guest touches an IPA where the hypervisor mapped
 * nothing, stage 2 faults, and the hypervisor performs the access on an
 * emulated device instead, using what ESR_EL2's ISS says about it.
 */
#ifndef MMIO_H
#define MMIO_H

#include <stdbool.h>
#include <stdint.h>
#include "sysregs.h"
#include "vcpu.h"

/* The ISS of a data abort, field by field. */
struct dabt {
	bool isv;               /* the fields down to AR are valid */
	unsigned size;          /* bytes: 1, 2, 4 or 8 (SAS) */
	bool sse;               /* sign-extend the loaded value */
	unsigned srt;           /* the register loaded or stored (31 = XZR) */
	bool sf;                /* 64-bit register (Xt), else Wt */
	bool ar;                /* acquire/release semantics */
	bool ea;                /* external abort type */
	bool cm;                /* from a cache maintenance instruction */
	bool s1ptw;             /* on the guest's own stage-1 table walk */
	bool write;             /* WnR */
	unsigned fsc;           /* DFSC */
};

/* Inline: every emulated access comes this way, and only the fields
 * used are worth computing. */
#define DABT_FIELD(iss, shift, bits) ((unsigned)(((iss) >> (shift)) & ((1UL << (bits)) - 1)))

static inline struct dabt dabt_decode(unsigned long iss)
{
	struct dabt d = {
		.isv   = (iss & ESR_ISS_DABT_ISV) != 0,
		.size  = 1U << DABT_FIELD(iss, ESR_ISS_DABT_SAS_SHIFT, 2),
		.sse   = (iss & ESR_ISS_DABT_SSE) != 0,
		.srt   = DABT_FIELD(iss, ESR_ISS_DABT_SRT_SHIFT, 5),
		.sf    = (iss & ESR_ISS_DABT_SF) != 0,
		.ar    = (iss & ESR_ISS_DABT_AR) != 0,
		.ea    = (iss & ESR_ISS_DABT_EA) != 0,
		.cm    = (iss & ESR_ISS_DABT_CM) != 0,
		.s1ptw = (iss & ESR_ISS_DABT_S1PTW) != 0,
		.write = (iss & ESR_ISS_DABT_WNR) != 0,
		.fsc   = (unsigned)(iss & ESR_ISS_DABT_DFSC_MASK),
	};
	return d;
}


enum mmio_result {
	MMIO_DONE,              /* emulated; step the guest past the access */
	MMIO_NO_DEVICE,         /* no device at this IPA */
	MMIO_NO_SYNDROME,       /* ISV = 0: we cannot tell what to emulate */
	MMIO_UNSUPPORTED,       /* the device refused this offset or width */
};

/* An emulated device: callbacks get the offset from `base` and the access
 * size in bytes (a store's value is cut to that size), and return
 * MMIO_DONE, or MMIO_UNSUPPORTED for an access the device does not have. */
struct mmio_device {
	const char *name;
	uint64_t base, size;
	enum mmio_result (*read)(uint64_t offset, unsigned size, uint64_t *value);
	enum mmio_result (*write)(uint64_t offset, unsigned size, uint64_t value);
};

/*
 * Whether the guest's data accesses are big-endian where it was: PSTATE.E
 * for AArch32 (bit 9 of its SPSR), else SCTLR_EL1.E0E at EL0 and
 * SCTLR_EL1.EE at EL1.
 */
static inline bool guest_big_endian(unsigned long spsr, unsigned long sctlr_el1)
{
	if (spsr & PSTATE_M_AARCH32)
		return (spsr & PSTATE_E) != 0;
	if ((spsr & SPSR_EL2_M_MASK) == SPSR_EL2_M_EL0T)
		return (sctlr_el1 & SCTLR_EL1_E0E) != 0;
	return (sctlr_el1 & SCTLR_EL1_EE) != 0;
}

/* The bytes of a `size`-byte value in the other order: what a
 * big-endian CPU puts on a little-endian bus, and gets back. */
static inline uint64_t bus_swap(uint64_t value, unsigned size)
{
	switch (size) {
	case 2:  return __builtin_bswap16((uint16_t)value);
	case 4:  return __builtin_bswap32((uint32_t)value);
	case 8:  return __builtin_bswap64(value);
	default: return value;
	}
}

/* Emulate the access a data abort's ISS describes, at `ipa`, for the
 * guest: a store takes its value from the guest's register, a load puts
 * its value there, byte-swapped on the way for a big-endian guest (the
 * devices are little-endian, as on the bus). */
enum mmio_result mmio_emulate(struct vcpu *vcpu, uint64_t ipa, unsigned long iss,
			      bool big_endian);

/* The emulated device at `ipa`, or 0. */
const struct mmio_device *mmio_find_device(uint64_t ipa);

#endif
