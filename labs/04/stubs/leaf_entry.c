	/* LAB 04, part desc: walk from s2->root down to the level-3 table
	 * for ipa (index_at() with LEVEL1_SHIFT, then LEVEL2_SHIFT) and
	 * return the address of ipa's level-3 entry. An entry without
	 * S2_DESC_VALID has no table behind it: with `alloc`, take a fresh
	 * one from alloc_table() and make the entry a table descriptor
	 * pointing at it; without, or if the pool is empty, return 0.
	 * table_at() turns a table descriptor back into a pointer. Read:
	 * docs/04-stage2.md, "Table descriptors (levels 1 and 2)" and
	 * "Building the tables: stage2.c". */
	(void)s2;
	(void)ipa;
	(void)alloc;
	return 0;
