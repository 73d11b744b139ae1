/* The EL1 virtual timer (CNTV_*): periodic ticks on INTID 27. */
#ifndef TIMER_H
#define TIMER_H

void timer_start(unsigned hz, unsigned count);
void timer_irq(void);
unsigned timer_ticks(void);

#endif
