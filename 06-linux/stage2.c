/*
 * Building stage-2 tables. The tables are only written here; the
 * hardware is pointed at them (and its TLBs invalidated) in main.c.
 */
#include "stage2.h"

#define LEVEL1_SHIFT    30
#define LEVEL2_SHIFT    21
#define LEVEL3_SHIFT    12
#define INDEX_MASK      (S2_ENTRIES - 1)

static unsigned index_at(uint64_t ipa, unsigned shift)
{
	return (unsigned)((ipa >> shift) & INDEX_MASK);
}

/* Addresses are physical and the hypervisor runs with its MMU off, so a
 * table's address is also a pointer to it. */
static uint64_t *table_at(uint64_t desc)
{
	return (uint64_t *)(uintptr_t)(desc & S2_DESC_ADDR_MASK);
}

static uint64_t *alloc_table(struct stage2 *s2)
{
	uint64_t *t;

	if (s2->pool_used == s2->pool_pages)
		return 0;
	t = s2->pool[s2->pool_used++];
	for (unsigned i = 0; i < S2_ENTRIES; i++)
		t[i] = 0;               /* every entry invalid */
	return t;
}

bool s2_init(struct stage2 *s2, s2_table_t *pool, unsigned pool_pages,
	     unsigned pa_bits)
{
	s2->pool = pool;
	s2->pool_pages = pool_pages;
	s2->pool_used = 0;
	s2->pa_bits = pa_bits;
	s2->root = 0;
	if (pa_bits < S2_IPA_BITS || pa_bits > 48)
		return false;           /* the descriptors hold 48-bit addresses */
	s2->root = alloc_table(s2);
	return s2->root != 0;
}

/* The level-2 entry for ipa, with the level-2 table created if missing
 * and `alloc` (0 if it is missing otherwise, or the pool is empty). */
static uint64_t *level2_entry(struct stage2 *s2, uint64_t ipa, bool alloc)
{
	uint64_t *entry = &s2->root[index_at(ipa, LEVEL1_SHIFT)];

	if (!(*entry & S2_DESC_VALID)) {
		uint64_t *next;

		if (!alloc || (next = alloc_table(s2)) == 0)
			return 0;
		*entry = (uint64_t)(uintptr_t)next | S2_DESC_TABLE | S2_DESC_VALID;
	}
	return &table_at(*entry)[index_at(ipa, LEVEL2_SHIFT)];
}

/* The level-3 entry for ipa below a level-2 table entry *l2 (created if
 * missing, with `alloc`), or 0. */
static uint64_t *level3_entry(struct stage2 *s2, uint64_t *l2, uint64_t ipa,
			      bool alloc)
{
	if (!(*l2 & S2_DESC_VALID)) {
		uint64_t *next;

		if (!alloc || (next = alloc_table(s2)) == 0)
			return 0;
		*l2 = (uint64_t)(uintptr_t)next | S2_DESC_TABLE | S2_DESC_VALID;
	}
	return &table_at(*l2)[index_at(ipa, LEVEL3_SHIFT)];
}

/* May [ipa, ipa + 2 MiB) become one block, mapped to pa? Both 2 MiB
 * aligned, the whole block inside the range, and nothing mapped there
 * yet (no level-2 entry at all). */
static bool block_fits(const struct stage2 *s2, uint64_t ipa, uint64_t pa,
		       uint64_t left)
{
	uint64_t l1;

	if (((ipa | pa) & (S2_BLOCK_SIZE - 1)) || left < S2_BLOCK_SIZE)
		return false;
	l1 = s2->root[index_at(ipa, LEVEL1_SHIFT)];
	return !(l1 & S2_DESC_VALID) ||
	       !(table_at(l1)[index_at(ipa, LEVEL2_SHIFT)] & S2_DESC_VALID);
}

/* The step from ipa: a whole block if one fits there, else a page. */
static uint64_t step_at(const struct stage2 *s2, uint64_t ipa, uint64_t pa,
			uint64_t left)
{
	return block_fits(s2, ipa, pa, left) ? S2_BLOCK_SIZE : S2_PAGE_SIZE;
}

/* Is the page at ipa mapped already, by a block or a page? */
static bool page_mapped(const struct stage2 *s2, uint64_t ipa)
{
	uint64_t l1 = s2->root[index_at(ipa, LEVEL1_SHIFT)], l2;

	if (!(l1 & S2_DESC_VALID))
		return false;
	l2 = table_at(l1)[index_at(ipa, LEVEL2_SHIFT)];
	if (!(l2 & S2_DESC_VALID))
		return false;
	if (!(l2 & S2_DESC_TABLE))
		return true;            /* inside a block */
	return (table_at(l2)[index_at(ipa, LEVEL3_SHIFT)] & S2_DESC_VALID) != 0;
}

/* How many new tables mapping [ipa, ipa + size) needs: one level-2 table
 * per new 1 GiB, one level-3 table per new 2 MiB not mapped as a block. */
static unsigned tables_needed(struct stage2 *s2, uint64_t ipa, uint64_t pa,
			      uint64_t size)
{
	unsigned n = 0;
	uint64_t end = ipa + size;

	for (uint64_t a = ipa; a < end; a = ((a >> LEVEL1_SHIFT) + 1) << LEVEL1_SHIFT)
		if (!(s2->root[index_at(a, LEVEL1_SHIFT)] & S2_DESC_VALID))
			n++;
	for (uint64_t a = ipa; a < end; a = ((a >> LEVEL2_SHIFT) + 1) << LEVEL2_SHIFT) {
		if (block_fits(s2, a, pa + (a - ipa), end - a))
			continue;
		if (!block_fits(s2, a & ~(S2_BLOCK_SIZE - 1), 0, S2_BLOCK_SIZE))
			continue;       /* a level-3 table is there already */
		n++;
	}
	return n;
}

static uint64_t leaf_attributes(unsigned flags)
{
	uint64_t desc = S2_DESC_VALID | S2_DESC_TABLE | S2_DESC_AF;

	if (flags & S2_DEVICE)
		desc |= S2_MEMATTR_DEVICE_nGnRE << S2_DESC_MEMATTR_SHIFT;
	else
		desc |= (S2_MEMATTR_NORMAL_WB << S2_DESC_MEMATTR_SHIFT) |
			S2_DESC_SH_INNER;
	if (flags & S2_READ)
		desc |= S2_DESC_S2AP_R;
	if (flags & S2_WRITE)
		desc |= S2_DESC_S2AP_W;
	if (!(flags & S2_EXEC))
		desc |= S2_DESC_XN;
	return desc;
}

int s2_map(struct stage2 *s2, uint64_t ipa, uint64_t pa, uint64_t size,
	   unsigned flags)
{
	const unsigned known = S2_READ | S2_WRITE | S2_EXEC | S2_DEVICE;
	uint64_t attrs;

	if ((ipa | pa | size) & (S2_PAGE_SIZE - 1))
		return S2_ERR_ALIGN;
	/* Written so that nothing overflows, whatever the arguments. */
	if (size == 0 || ipa >= (1UL << S2_IPA_BITS) ||
	    size > (1UL << S2_IPA_BITS) - ipa ||
	    pa >= (1UL << s2->pa_bits) || size > (1UL << s2->pa_bits) - pa)
		return S2_ERR_RANGE;
	if ((flags & ~known) || !(flags & (S2_READ | S2_WRITE | S2_EXEC)))
		return S2_ERR_FLAGS;

	for (uint64_t off = 0; off < size; off += S2_PAGE_SIZE)
		if (page_mapped(s2, ipa + off))
			return S2_ERR_OVERLAP;
	if (tables_needed(s2, ipa, pa, size) > s2->pool_pages - s2->pool_used)
		return S2_ERR_NOMEM;

	/* A block descriptor is a page descriptor without the TABLE bit,
	 * and with an output address aligned to its 2 MiB. */
	attrs = leaf_attributes(flags);
	for (uint64_t off = 0; off < size;) {
		uint64_t step = step_at(s2, ipa + off, pa + off, size - off);
		uint64_t *l2 = level2_entry(s2, ipa + off, true);

		if (step == S2_BLOCK_SIZE)
			*l2 = ((pa + off) & S2_BLOCK_ADDR_MASK) | (attrs & ~S2_DESC_TABLE);
		else
			*level3_entry(s2, l2, ipa + off, true) =
				((pa + off) & S2_DESC_ADDR_MASK) | attrs;
		off += step;
	}
	return 0;
}

bool s2_translate(const struct stage2 *s2, uint64_t ipa, uint64_t *pa,
		  unsigned *flags)
{
	static const unsigned shifts[] = { LEVEL1_SHIFT, LEVEL2_SHIFT, LEVEL3_SHIFT };
	const uint64_t *table = s2->root;
	uint64_t desc = 0, memattr, size = 0;

	if (ipa >= (1UL << S2_IPA_BITS))
		return false;
	/* As the hardware walks: at levels 1 and 2, bit 1 set is a table to
	 * go down into, clear a block (1 GiB, 2 MiB) that ends the walk; at
	 * level 3, set is a page, clear is reserved and faults. */
	for (unsigned level = 0; level < 3; level++) {
		desc = table[index_at(ipa, shifts[level])];
		if (!(desc & S2_DESC_VALID))
			return false;
		size = 1UL << shifts[level];
		if (level < 2 && (desc & S2_DESC_TABLE)) {
			table = table_at(desc);
			continue;
		}
		if (level == 2 && !(desc & S2_DESC_TABLE))
			return false;
		break;
	}

	*pa = (desc & S2_DESC_ADDR_MASK & ~(size - 1)) | (ipa & (size - 1));
	memattr = (desc >> S2_DESC_MEMATTR_SHIFT) & 0xf;
	*flags = (memattr == S2_MEMATTR_NORMAL_WB ? 0 : S2_DEVICE) |
		 ((desc & S2_DESC_S2AP_R) ? S2_READ : 0) |
		 ((desc & S2_DESC_S2AP_W) ? S2_WRITE : 0) |
		 ((desc & S2_DESC_XN) ? 0 : S2_EXEC);
	return true;
}

const char *s2_strerror(int err)
{
	switch (err) {
	case 0:              return "success";
	case S2_ERR_ALIGN:   return "not page aligned";
	case S2_ERR_RANGE:   return "outside the IPA or PA space";
	case S2_ERR_OVERLAP: return "overlaps an existing mapping";
	case S2_ERR_NOMEM:   return "out of table pages";
	case S2_ERR_FLAGS:   return "invalid access flags";
	default:             return "unknown error";
	}
}
