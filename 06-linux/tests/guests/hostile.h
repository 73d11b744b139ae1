/*
 * A small runtime for the hostile guests: each is a raw image that tries
 * one kind of attack on the hypervisor, case by case, and says for each
 * whether it was contained.
 *
 * Every exception the guest takes at EL1 (an injected abort, an undefined
 * instruction) is recorded and the guest resumes where attempt() left
 * off, as with longjmp: a case cannot crash the suite. A case that
 * powers the machine off or hangs ends it, and its test says so.
 */
#ifndef HOSTILE_H
#define HOSTILE_H

#include <stdbool.h>
#include <stdint.h>
#include "print.h"
#include "uart.h"

#define HYP_NULL                0xc6000000UL
#define HYP_VERSION             0xc6000001UL
#define HYP_CONSOLE_WRITE       0xc6000002UL
#define PSCI_SYSTEM_OFF         0x84000008UL
#define SMCCC_NOT_SUPPORTED     (-1L)
#define SMCCC_INVALID_PARAMETER (-3L)

/* The last exception taken at EL1 (vectors below): its syndrome, its
 * vector's offset from VBAR_EL1, and what x0 and x2 held when it was
 * taken. With record_pstate set, fault_pstate is PSTATE as the handler
 * found it: NZCV and, read by their own MRS, PAN, DIT and SSBS (a guest
 * sets record_pstate only on a CPU that has them all). */
static volatile unsigned long fault_esr, fault_elr, fault_far, fault_spsr;
static volatile unsigned long fault_vector, fault_x0, fault_x2, fault_pstate;
unsigned long record_pstate;

/* attempt(fn): 0 if fn returned, 1 if it took an exception at EL1. */
int attempt(void (*fn)(void));

__asm__(
"	.section .text.boot, \"ax\"\n"
"	.global	start\n"
"start:\n"
"	msr	daifset, #0xf\n"
"	adrp	x0, stack_top\n"
"	add	x0, x0, :lo12:stack_top\n"
"	mov	sp, x0\n"
"	adrp	x0, vectors\n"
"	add	x0, x0, :lo12:vectors\n"
"	msr	vbar_el1, x0\n"
"	isb\n"
"	bl	main\n"
"1:	wfi\n"
"	b	1b\n"
"\n"
"	.text\n"
"	.balign	0x800\n"
"vectors:\n"
"	.irp	offset, 0x000,0x080,0x100,0x180,0x200,0x280,0x300,0x380,0x400,0x480,0x500,0x580,0x600,0x680,0x700,0x780\n"
"	.balign	0x80\n"
"	msr	tpidr_el1, x0\n"               /* x0, kept without a store */
"	mov	x0, #\\offset\n"
"	b	exception\n"
"	.endr\n"
"\n"
/* Record the exception, then return to attempt()'s recovery point with
 * SP as attempt() left it, at EL1h with interrupts masked. */
"exception:\n"
"	adrp	x1, record_pstate\n"
"	ldr	x1, [x1, :lo12:record_pstate]\n"
"	cbz	x1, 1f\n"
"	mrs	x1, nzcv\n"
"	mrs	x3, s3_0_c4_c2_3\n"            /* PAN */
"	orr	x1, x1, x3\n"
"	mrs	x3, s3_3_c4_c2_5\n"            /* DIT */
"	orr	x1, x1, x3\n"
"	mrs	x3, s3_3_c4_c2_6\n"            /* SSBS */
"	orr	x1, x1, x3\n"
"	adrp	x3, fault_pstate\n"
"	str	x1, [x3, :lo12:fault_pstate]\n"
"1:	adrp	x1, fault_vector\n"
"	str	x0, [x1, :lo12:fault_vector]\n"
"	adrp	x1, fault_x0\n"
"	mrs	x0, tpidr_el1\n"
"	str	x0, [x1, :lo12:fault_x0]\n"
"	adrp	x0, fault_spsr\n"
"	mrs	x1, spsr_el1\n"
"	str	x1, [x0, :lo12:fault_spsr]\n"
"	adrp	x0, fault_x2\n"
"	str	x2, [x0, :lo12:fault_x2]\n"
"	adrp	x0, fault_esr\n"
"	mrs	x1, esr_el1\n"
"	str	x1, [x0, :lo12:fault_esr]\n"
"	adrp	x0, fault_elr\n"
"	mrs	x1, elr_el1\n"
"	str	x1, [x0, :lo12:fault_elr]\n"
"	adrp	x0, fault_far\n"
"	mrs	x1, far_el1\n"
"	str	x1, [x0, :lo12:fault_far]\n"
"	adr	x0, recover\n"
"	msr	elr_el1, x0\n"
"	mov	x0, #0x3c5\n"                   /* EL1h, D A I F masked */
"	msr	spsr_el1, x0\n"
"	eret\n"
"\n"
"	.global	attempt\n"
"attempt:\n"
"	stp	x29, x30, [sp, #-96]!\n"
"	stp	x19, x20, [sp, #16]\n"
"	stp	x21, x22, [sp, #32]\n"
"	stp	x23, x24, [sp, #48]\n"
"	stp	x25, x26, [sp, #64]\n"
"	stp	x27, x28, [sp, #80]\n"
"	adrp	x1, saved_sp\n"
"	mov	x2, sp\n"
"	str	x2, [x1, :lo12:saved_sp]\n"
"	blr	x0\n"
"	mov	x0, #0\n"
"	b	2f\n"
"recover:\n"
"	adrp	x1, saved_sp\n"
"	ldr	x2, [x1, :lo12:saved_sp]\n"
"	mov	sp, x2\n"
"	mov	x0, #1\n"
"2:	ldp	x27, x28, [sp, #80]\n"
"	ldp	x25, x26, [sp, #64]\n"
"	ldp	x23, x24, [sp, #48]\n"
"	ldp	x21, x22, [sp, #32]\n"
"	ldp	x19, x20, [sp, #16]\n"
"	ldp	x29, x30, [sp], #96\n"
"	ret\n"
"	.previous\n");

unsigned long saved_sp;

static unsigned cases, contained;

/* One case: what was tried, whether it was contained, what happened. */
static inline void report(const char *what, bool ok, const char *outcome)
{
	cases++;
	if (ok)
		contained++;
	kprintf("case %u: %s: %s -> %s\n", cases, what, outcome,
		ok ? "contained" : "NOT CONTAINED");
}

/* A case that must end in an exception at EL1 (injected by the
 * hypervisor, or raised by the CPU itself). */
static inline void expect_fault(const char *what, void (*fn)(void))
{
	if (attempt(fn)) {
		unsigned ec = (unsigned)(fault_esr >> 26) & 0x3f;

		cases++;
		contained++;
		kprintf("case %u: %s: exception at EL1, EC 0x%02x -> contained\n",
			cases, what, ec);
	} else {
		report(what, false, "no exception: the access went through");
	}
}

/* A case that must end in an exception of class `ec` at EL1: any other
 * exception means the attack got further than it should have. */
static inline void expect_exception(const char *what, void (*fn)(void),
				    unsigned ec_wanted)
{
	unsigned ec;

	if (!attempt(fn)) {
		report(what, false, "no exception: the access went through");
		return;
	}
	ec = (unsigned)(fault_esr >> 26) & 0x3f;
	cases++;
	if (ec == ec_wanted)
		contained++;
	kprintf("case %u: %s: exception at EL1, EC 0x%02x -> %s\n", cases,
		what, ec, ec == ec_wanted ? "contained" : "NOT CONTAINED");
}

static inline unsigned long hvc(unsigned long fn, unsigned long a1, unsigned long a2)
{
	register unsigned long x0 __asm__("x0") = fn;
	register unsigned long x1 __asm__("x1") = a1;
	register unsigned long x2 __asm__("x2") = a2;

	__asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2) : :
		"x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12",
		"x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

static inline unsigned long smc(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	__asm__ volatile("smc #0" : "+r"(x0) : :
		"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10",
		"x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

/* The hypervisor still answers: checked after each group of attacks. */
static inline void check_alive(void)
{
	report("the hypervisor still answers HYP_VERSION",
	       hvc(HYP_VERSION, 0, 0) == 0x10000, "version 1.0");
}

/* The last line, then power off through PSCI. */
static inline void finish(const char *suite) __attribute__((noreturn));
static inline void finish(const char *suite)
{
	kprintf("%s: %u of %u contained\n", suite, contained, cases);
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}

#endif
