/*
 * The trap frame: what vectors.S saves on the stack when an exception is
 * taken to EL2, and what the C handlers see and may change.
 *
 * The offsets are defined once, here, for the assembly; the static
 * asserts below stop the build if the C struct ever disagrees with them.
 */
#ifndef TRAP_FRAME_H
#define TRAP_FRAME_H

#define TF_X(n)         ((n) * 8)   /* x0..x30 */
#define TF_SP           (31 * 8)    /* SP_EL2 before the exception (not restored) */
#define TF_ELR          (32 * 8)    /* ELR_EL2: where ERET returns to */
#define TF_SPSR         (33 * 8)    /* SPSR_EL2: PSTATE that ERET restores */
#define TF_ESR          (34 * 8)    /* ESR_EL2: syndrome (not restored) */
#define TF_FAR          (35 * 8)    /* FAR_EL2: fault address (not restored) */
#define TF_SIZE         (36 * 8)    /* a multiple of 16: SP stays aligned */

#ifndef __ASSEMBLER__
#include <stddef.h>

struct trap_frame {
	unsigned long x[31];
	unsigned long sp;
	unsigned long elr;
	unsigned long spsr;
	unsigned long esr;
	unsigned long far;
};

_Static_assert(offsetof(struct trap_frame, x[30]) == TF_X(30), "x30");
_Static_assert(offsetof(struct trap_frame, sp) == TF_SP, "sp");
_Static_assert(offsetof(struct trap_frame, elr) == TF_ELR, "elr");
_Static_assert(offsetof(struct trap_frame, spsr) == TF_SPSR, "spsr");
_Static_assert(offsetof(struct trap_frame, esr) == TF_ESR, "esr");
_Static_assert(offsetof(struct trap_frame, far) == TF_FAR, "far");
_Static_assert(sizeof(struct trap_frame) == TF_SIZE, "size");
_Static_assert(TF_SIZE % 16 == 0, "SP must stay 16-byte aligned");
/* vectors.S stores these pairs with one STP each. */
_Static_assert(TF_SP == TF_X(30) + 8, "x30 and sp are a pair");
_Static_assert(TF_SPSR == TF_ELR + 8, "elr and spsr are a pair");
_Static_assert(TF_FAR == TF_ESR + 8, "esr and far are a pair");

#endif
#endif
