	/* LAB 06, part dist: keep size (1 or 4) priority bytes from intid's
	 * on, the first from the value's low byte; an interrupt waiting in
	 * software goes with its new priority (flush()). Read:
	 * docs/06-linux.md, "The distributor as emulated: vgic.c". */
	(void)intid;
	(void)size;
	(void)v;
