/*
 * The trap profile (profile.h), in the images `make bench` boots.
 */
#include "profile.h"

#ifdef TEST_BENCH
#include "print.h"

static const char *const names[PROF_KINDS] = {
	[PROF_MMIO_UART] = "mmio-uart",  [PROF_MMIO_GICD] = "mmio-gicd",
	[PROF_MMIO_GICR] = "mmio-gicr",  [PROF_SYSREG] = "sysreg",
	[PROF_SGI] = "sgi",              [PROF_HVC] = "hvc",
	[PROF_IRQ_TIMER] = "irq-timer",  [PROF_IRQ_UART] = "irq-uart",
	[PROF_IRQ_MAINT] = "irq-maintenance", [PROF_OTHER] = "other",
};

static unsigned long exits[PROF_KINDS], insns[PROF_KINDS];

void prof_count(enum prof_kind kind, unsigned long start)
{
	exits[kind]++;
	insns[kind] += read_sysreg(pmevcntr1_el0) - start;
}

/* One line per kind: exits, and the handlers' instructions at EL2;
 * then every instruction at EL2 since reset, the trap path (the
 * vectors' save and restore) and the hypervisor's own boot included. */
void prof_print(void)
{
	for (unsigned k = 0; k < PROF_KINDS; k++)
		kprintf("bench: profile %s %lu %lu\n", names[k], exits[k], insns[k]);
	kprintf("bench: profile el2-total - %lu\n", read_sysreg(pmevcntr1_el0));
}
#endif
