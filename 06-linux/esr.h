/*
 * Decoding ESR_EL2, the Exception Syndrome Register, into words.
 * Pure functions: the host unit tests in tests/test_esr.c check them.
 */
#ifndef ESR_H
#define ESR_H

#include <stdbool.h>
#include "sysregs.h"

static inline unsigned esr_ec(unsigned long esr)
{
	return (unsigned)((esr & ESR_EL2_EC_MASK) >> ESR_EL2_EC_SHIFT);
}

static inline unsigned long esr_iss(unsigned long esr)
{
	return esr & ESR_EL2_ISS_MASK;
}

/* The Arm ARM's description of an exception class, or "reserved EC". */
const char *esr_ec_name(unsigned ec);

/* True for the classes whose ISS holds a data/instruction fault status. */
bool esr_is_abort(unsigned ec);

/* A data or instruction fault status code (DFSC/IFSC) in words, for
 * example "translation fault, level 2", or "reserved FSC". */
const char *esr_fsc_name(unsigned fsc);

#endif
