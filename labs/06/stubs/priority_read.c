	/* LAB 06, part dist: size (1 or 4) priority bytes from intid's on,
	 * the first in the value's low byte (GICD_IPRIORITYR). Read:
	 * docs/06-linux.md, "The distributor as emulated: vgic.c". */
	(void)intid;
	(void)size;
	return 0;
