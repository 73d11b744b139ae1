/*
 * Exceptions taken to EL2 from EL2: the entry point called by vectors.S,
 * and the panic that ends anything we did not expect.
 */
#ifndef EXCEPTIONS_H
#define EXCEPTIONS_H

#include "trap_frame.h"

/* The vector table (vectors.S); VBAR_EL2 points here. */
extern char el2_vectors[];

/* Called by vectors.S with the saved frame and the vector entry's kind. */
void handle_exception(struct trap_frame *tf, unsigned kind);

/* Print the decoded syndrome and every register of a frame. */
void dump_frame(const struct trap_frame *tf);

/* Print why, dump the frame, then power off. */
void panic(const struct trap_frame *tf, const char *why)
	__attribute__((noreturn));

/* What a vector table entry catches, in words: "IRQ, lower EL in AArch64". */
const char *vector_name(unsigned kind);

#endif
