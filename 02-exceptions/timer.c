/*
 * Periodic ticks from the EL2 physical timer.
 *
 * CNTHP_TVAL_EL2 is the compare value seen from now: writing N sets
 * CNTHP_CVAL_EL2 = CNTPCT_EL0 + N, and reading it gives CVAL - CNTPCT,
 * which shrinks as the counter goes up. Nothing is stored that counts
 * down: CVAL stays put and the counter only counts up. The timer
 * condition (and its level-sensitive interrupt) holds once the counter
 * reaches CVAL. Writing a new TVAL, or disabling the timer, takes the
 * interrupt away again.
 */
#include "platform.h"
#include "print.h"
#include "sysregs.h"
#include "timer.h"

static volatile unsigned ticks;
static unsigned ticks_wanted;
static unsigned long period;    /* in counter ticks */

void timer_start(unsigned hz, unsigned count)
{
	/* CNTFRQ_EL0: the system counter's frequency, set by firmware
	 * (62.5 MHz on QEMU's virt board). */
	period = read_sysreg(cntfrq_el0) / hz;
	ticks = 0;
	ticks_wanted = count;
	write_sysreg(cnthp_tval_el2, period);
	write_sysreg(cnthp_ctl_el2, CNTHP_CTL_ENABLE);
	isb();
}

void timer_irq(void)
{
	ticks++;
	kprintf("irq: INTID %u (EL2 physical timer), tick %u\n", INTID_CNTHP,
		ticks);
	if (ticks < ticks_wanted)
		write_sysreg(cnthp_tval_el2, period);
	else
		write_sysreg(cnthp_ctl_el2, 0);  /* disabled: no more ticks */
	isb();
}

unsigned timer_ticks(void)
{
	return ticks;
}
