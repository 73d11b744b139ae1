	/* LAB 05, part mmu: the guest's stage 1, as the comment at the top
	 * of this file draws it. Write the three level-1 block descriptors
	 * of `level1` (DESC_* and ATTR_* above): devices at VA 0, RAM at
	 * VA 1 GiB, the read-only, execute-never alias at 2 GiB. Make the
	 * table and this program's data visible to a walker and to loads
	 * that go through the caches (the cache line size is in CTR_EL0;
	 * the image runs from `start` to `stack_top`). Then MAIR_EL1 (Attr0
	 * normal write-back, Attr1 device), TCR_EL1 (a 4 GiB VA space from
	 * TTBR0, 4 KiB granule, walks cacheable, no TTBR1 walks, 32-bit
	 * IPA) and TTBR0_EL1, synchronize, drop stale TLB entries, and only
	 * then SCTLR_EL1: MMU, data and instruction caches, SP alignment.
	 * The names are in sysregs.h. Read: docs/05-guest.md, "mmu.c: the
	 * guest's stage 1" and "The order, the barriers, the caches". */
	(void)level1;
