	/* LAB 04, part enable: point the hardware at the tables. Write
	 * VTCR_EL2 (vtcr_value()) and VTTBR_EL2 (the root table, and
	 * GUEST_VMID in the VMID field), synchronize the context, then make
	 * sure no TLB entry for this VMID survives from an older table:
	 * the barrier that makes the table writes visible, the TLB
	 * invalidation, the barrier that waits for it, and the last
	 * synchronization. Read: docs/04-stage2.md, "VTTBR_EL2,
	 * Virtualization Translation Table Base Register" and "The order,
	 * and the barriers". */
	(void)vtcr_value;
