/*
 * Exceptions taken to EL2: the entry point called by vectors.S, and the
 * panic that ends anything we did not expect.
 */
#ifndef EXCEPTIONS_H
#define EXCEPTIONS_H

#include "trap_frame.h"

/* The vector table (vectors.S); VBAR_EL2 points here. */
extern char el2_vectors[];

/* Called by vectors.S with the saved frame and the vector entry's kind. */
void handle_exception(struct trap_frame *tf, unsigned kind);

/* Print why, the decoded syndrome and every register, then power off. */
void panic(const struct trap_frame *tf, const char *why)
	__attribute__((noreturn));

#endif
