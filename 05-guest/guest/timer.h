/* The EL1 virtual timer (CNTV_*): periodic ticks on INTID 27. */
#ifndef TIMER_H
#define TIMER_H

#include <stdbool.h>

/* Tick `count` times at `hz`, printing a line per tick if `report`. */
void timer_start(unsigned hz, unsigned count, bool report);
void timer_irq(void);
unsigned timer_ticks(void);

#endif
