/*
 * Hostile guest: invalidate the data cache by set/way, the way an old
 * kernel flushed its caches. By set/way an operation reaches every line
 * of this CPU's cache, the hypervisor's too, and DC ISW drops a dirty
 * line without writing it back. HCR_EL2.TSW makes each one trap; the
 * hypervisor does it as a clean and invalidate, so nothing is lost, and
 * the guest runs on. (QEMU models no caches: what the test shows is the
 * trap and the answer, not the lines.)
 */
#include "hostile.h"

/* The set/way operand of DC ISW, CSW and CISW for cache level 1:
 * way in the top bits, set above the line offset, level 0 in [3:1]. */
static unsigned long setway(unsigned way, unsigned set, unsigned way_shift,
			    unsigned line_shift)
{
	return ((unsigned long)way << way_shift) | ((unsigned long)set << line_shift);
}

int main(void)
{
	unsigned long ccsidr, n = 0;
	unsigned line_shift, ways, sets, way_shift;

	uart_init();
	kprintf("hostile-setway: cache maintenance by set/way\n");

	/* The level 1 data cache's shape: CSSELR_EL1 = 0 selects it,
	 * CCSIDR_EL1 gives line size, ways and sets. */
	__asm__ volatile("msr csselr_el1, xzr\n\tisb\n\tmrs %0, ccsidr_el1"
			 : "=r"(ccsidr));
	line_shift = (unsigned)(ccsidr & 7) + 4;
	ways = (unsigned)((ccsidr >> 3) & 0x3ff) + 1;
	sets = (unsigned)((ccsidr >> 13) & 0x7fff) + 1;
	way_shift = 32;
	while (way_shift > 0 && (1UL << (32 - way_shift)) < ways)
		way_shift--;

	for (unsigned w = 0; w < ways; w++)
		for (unsigned s = 0; s < sets; s++, n++)
			__asm__ volatile("dc isw, %0" : :
					 "r"(setway(w, s, way_shift, line_shift)) : "memory");
	__asm__ volatile("dsb sy" : : : "memory");
	report("DC ISW over the whole level 1 data cache", n == (unsigned long)ways * sets,
	       "every line done, the guest runs on");
	__asm__ volatile("dc csw, %0\n\tdc cisw, %0\n\tdsb sy" : :
			 "r"(setway(0, 0, way_shift, line_shift)) : "memory");
	report("DC CSW and DC CISW", true, "done, the guest runs on");
	check_alive();
	finish("hostile-setway");
}
