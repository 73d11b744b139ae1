	/* LAB 05, part inject: may intid go to the guest now? Only if the
	 * guest turned on Group 1 at its distributor (GICD_CTLR), enabled
	 * the INTID and put it in Group 1 at its redistributor; all three
	 * are in `vgic`. Read: docs/05-guest.md, "vgic.c: the distributor
	 * and redistributor, emulated". */
	(void)intid;
	return false;
