	/* LAB 06, part dist: the guest reads one of the registers with a
	 * bit per INTID (reg: GICD_IGROUPR ... GICD_ICACTIVER; the same
	 * offsets in the redistributor's SGI_base frame): the INTIDs in
	 * mask, shifted down by shift into the word. The set- and
	 * clear-registers of a pair read alike. Pending and active are what
	 * the guest would see on a real GIC: waiting here, or held in a
	 * list register (pending_now(), active_now()). Read:
	 * docs/06-linux.md, "The distributor as emulated: vgic.c". */
	(void)reg;
	(void)mask;
	(void)shift;
	(void)pending_now;
	(void)active_now;
	return 0;
