/*
 * Ticks from the EL1 virtual timer. It counts CNTVCT_EL0 (the physical
 * count minus CNTVOFF_EL2, which a hypervisor sets) and raises INTID 27,
 * level-sensitive, while its condition holds.
 */
#include "platform.h"
#include "print.h"
#include "sysregs.h"
#include "timer.h"

static volatile unsigned ticks;
static unsigned ticks_wanted;
static unsigned long period;
static bool reporting;

void timer_start(unsigned hz, unsigned count, bool report)
{
	period = read_sysreg(cntfrq_el0) / hz;
	ticks = 0;
	ticks_wanted = count;
	reporting = report;
	write_sysreg(cntv_tval_el0, period);
	write_sysreg(cntv_ctl_el0, CNTV_CTL_ENABLE);
	isb();
}

void timer_irq(void)
{
	/* Only a tick if the timer's condition holds: an interrupt can
	 * arrive after the line was lowered (the GIC saw it first). */
	if (!(read_sysreg(cntv_ctl_el0) & CNTV_CTL_ISTATUS))
		return;
	ticks++;
	if (reporting)
		kprintf("guest: tick %u (INTID %u, virtual timer)\n", ticks,
			INTID_CNTV);
	/* A new compare value, or the timer off, lowers the interrupt line
	 * before the interrupt is ended. */
	if (ticks < ticks_wanted)
		write_sysreg(cntv_tval_el0, period);
	else
		write_sysreg(cntv_ctl_el0, 0);
	isb();
}

unsigned timer_ticks(void)
{
	return ticks;
}
