	/* LAB 04, part enable: VTCR_EL2 from the VTCR_EL2_* fields in
	 * sysregs.h, as the table above says: T0SZ for S2_IPA_BITS, start
	 * level 1, table walks inner shareable and write-back cacheable,
	 * 4 KiB granule, PS = parange, and the RES1 bit. Read:
	 * docs/04-stage2.md, "VTCR_EL2, Virtualization Translation Control
	 * Register". */
	(void)parange;
	return 0;
