	/* LAB 04, part desc: the bits of a level-3 page descriptor for a
	 * mapping with these S2_* flags, every bit but the output address:
	 * valid and page, the access flag, the memory type (device for
	 * S2_DEVICE, else normal write-back and inner shareable), S2AP from
	 * S2_READ and S2_WRITE, XN unless S2_EXEC. The S2_DESC_* names are
	 * in stage2.h. Read: docs/04-stage2.md, "Page descriptor (level 3)"
	 * and "Memory types, and how the two stages combine". */
	(void)flags;
	return 0;
