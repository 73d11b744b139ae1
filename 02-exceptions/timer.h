/*
 * The EL2 physical timer (CNTHP_*), one of the Generic Timer's timers.
 * It raises PPI INTID 26 when the system counter passes its compare value.
 */
#ifndef TIMER_H
#define TIMER_H

/* Fire every 1/hz seconds, `count` times, then stop. */
void timer_start(unsigned hz, unsigned count);

/* The interrupt handler: count a tick, then re-arm or stop. */
void timer_irq(void);

/* Ticks so far. */
unsigned timer_ticks(void);

#endif
