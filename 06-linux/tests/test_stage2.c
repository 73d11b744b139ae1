/* Host tests for the stage-2 table builder (stage2.c): map, walk the
 * result, check every translation and attribute, and reject bad input. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "../stage2.c"

#define POOL 40     /* enough for the 64 MiB of random mappings below */
static s2_table_t pool[POOL] __attribute__((aligned(S2_PAGE_SIZE)));
static struct stage2 s2;

#define G  0x40000000UL
#define M2 0x200000UL
#define P  S2_PAGE_SIZE

/* The raw leaf descriptor for an IPA, walking by hand: a level-2 block
 * or a level-3 page. */
static uint64_t raw_leaf(uint64_t ipa)
{
	uint64_t l1 = s2.root[(ipa >> 30) & 3];
	if (!(l1 & S2_DESC_VALID))
		return 0;
	uint64_t l2 = ((uint64_t *)(uintptr_t)(l1 & S2_DESC_ADDR_MASK))[(ipa >> 21) & 511];
	if (!(l2 & S2_DESC_VALID) || !(l2 & S2_DESC_TABLE))
		return l2;
	return ((uint64_t *)(uintptr_t)(l2 & S2_DESC_ADDR_MASK))[(ipa >> 12) & 511];
}

static int maps_to(uint64_t ipa, uint64_t want_pa, unsigned want_flags)
{
	uint64_t pa;
	unsigned flags;
	return s2_translate(&s2, ipa, &pa, &flags) && pa == want_pa &&
	       flags == want_flags;
}

static void fresh(void)
{
	memset(pool, 0xa5, sizeof(pool));       /* garbage: init must clear */
	CHECK(s2_init(&s2, pool, POOL, 40));
}

int main(void)
{
	uint64_t pa;
	unsigned flags;

	fresh();
	CHECK(s2.pool_used == 1);
	CHECK(!s2_translate(&s2, G, &pa, &flags));      /* empty: all fault */

	/* Guest RAM: 2 MiB at IPA 1 GiB -> PA 0x44000000, RWX, normal: one
	 * block, in the level-2 table. */
	CHECK(s2_map(&s2, G, 0x44000000, M2, S2_READ | S2_WRITE | S2_EXEC) == 0);
	CHECK(s2.pool_used == 2);                       /* + level 2 only */
	for (uint64_t off = 0; off < M2; off += P) {
		CHECK(maps_to(G + off, 0x44000000 + off, S2_READ | S2_WRITE | S2_EXEC));
		CHECK(maps_to(G + off + 0x123, 0x44000123 + off,
			      S2_READ | S2_WRITE | S2_EXEC));
	}
	CHECK(!s2_translate(&s2, G - 1, &pa, &flags));
	CHECK(!s2_translate(&s2, G + M2, &pa, &flags));

	/* The bits of one descriptor, as the hardware will read them. */
	uint64_t d = raw_leaf(G + P);
	CHECK((d & 3) == 1);                            /* valid block */
	CHECK(((d >> 2) & 0xf) == 0xf);                 /* normal write-back */
	CHECK(((d >> 6) & 3) == 3);                     /* S2AP read/write */
	CHECK(((d >> 8) & 3) == 3);                     /* inner shareable */
	CHECK(d & (1UL << 10));                         /* AF */
	CHECK(!(d & (1UL << 54)));                      /* executable */
	CHECK((d & S2_DESC_ADDR_MASK) == 0x44000000);
	CHECK((d & ~(S2_DESC_ADDR_MASK | 0x7ffUL | (1UL << 54))) == 0);
	/* Table descriptors on the way: valid, table, address only. */
	CHECK((s2.root[1] & 3) == 3 && (s2.root[1] & ~(S2_DESC_ADDR_MASK | 3)) == 0);
	CHECK(s2.root[0] == 0 && s2.root[2] == 0 && s2.root[3] == 0);

	/* A read-only, execute-never page; a device page. */
	CHECK(s2_map(&s2, G + M2, 0x44200000, P, S2_READ) == 0);
	CHECK(maps_to(G + M2, 0x44200000, S2_READ));
	d = raw_leaf(G + M2);
	CHECK(((d >> 6) & 3) == 1 && (d & (1UL << 54)));
	CHECK(s2_map(&s2, 0x09000000, 0x09000000, P, S2_READ | S2_WRITE | S2_DEVICE) == 0);
	CHECK(maps_to(0x09000000, 0x09000000, S2_READ | S2_WRITE | S2_DEVICE));
	d = raw_leaf(0x09000000);
	CHECK(((d >> 2) & 0xf) == 1);                   /* Device-nGnRE */
	CHECK(s2_map(&s2, 0x09001000, 0x09001000, P, S2_WRITE) == 0);
	CHECK(maps_to(0x09001000, 0x09001000, S2_WRITE));
	CHECK(((raw_leaf(0x09001000) >> 6) & 3) == 2);  /* write-only */

	/* Rejected, and nothing changes: */
	unsigned used = s2.pool_used;
	CHECK(s2_map(&s2, G + 1, 0x50000000, P, S2_READ) == S2_ERR_ALIGN);
	CHECK(s2_map(&s2, 0x80000000, 0x50000001, P, S2_READ) == S2_ERR_ALIGN);
	CHECK(s2_map(&s2, 0x80000000, 0x50000000, P + 8, S2_READ) == S2_ERR_ALIGN);
	CHECK(s2_map(&s2, 0x80000000, 0x50000000, 0, S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, 1UL << 32, 0x50000000, P, S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, 0xfffff000, 0x50000000, 2 * P, S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, 0x80000000, 1UL << 40, P, S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, 0x80000000, (1UL << 40) - P, 2 * P, S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, 0x80000000, 0x50000000, ~0UL & ~(P - 1), S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, ~0UL & ~(P - 1), 0, P, S2_READ) == S2_ERR_RANGE);
	CHECK(s2_map(&s2, 0x80000000, 0x50000000, P, 0) == S2_ERR_FLAGS);
	CHECK(s2_map(&s2, 0x80000000, 0x50000000, P, S2_DEVICE) == S2_ERR_FLAGS);
	CHECK(s2_map(&s2, 0x80000000, 0x50000000, P, S2_READ | 0x100) == S2_ERR_FLAGS);
	/* Overlap at the start, in the middle, at the end: all or nothing. */
	CHECK(s2_map(&s2, G - P, 0x50000000, 2 * P, S2_READ) == S2_ERR_OVERLAP);
	CHECK(!s2_translate(&s2, G - P, &pa, &flags));
	CHECK(s2_map(&s2, G + M2 - P, 0x50000000, 3 * P, S2_READ) == S2_ERR_OVERLAP);
	CHECK(maps_to(G + M2 - P, 0x44000000 + M2 - P, S2_READ | S2_WRITE | S2_EXEC));
	CHECK(s2_map(&s2, G + M2, 0x50000000, P, S2_READ) == S2_ERR_OVERLAP);
	CHECK(maps_to(G + M2, 0x44200000, S2_READ));
	CHECK(s2.pool_used == used);

	/* Out of table pages: refused before anything is written. */
	fresh();
	s2.pool_pages = 3;                      /* root + one L2 + one L3 */
	CHECK(s2_map(&s2, G, G + P, 2 * M2, S2_READ) == S2_ERR_NOMEM);
	CHECK(s2.pool_used == 1 && !s2_translate(&s2, G, &pa, &flags));
	CHECK(s2_map(&s2, G, G + P, M2, S2_READ) == 0);  /* pages: PA unaligned */
	CHECK(s2_map(&s2, G + M2, G, P, S2_READ) == S2_ERR_NOMEM);
	CHECK(s2_strerror(S2_ERR_NOMEM)[0] != '\0' && s2_strerror(-99)[0] != '\0');

	/* The whole 4 GiB: the last page and the first. */
	fresh();
	CHECK(s2_map(&s2, 0xfffff000, 0x1000, P, S2_READ) == 0);
	CHECK(maps_to(0xffffffff, 0x1fff, S2_READ));
	CHECK(s2_map(&s2, 0, 0xfffff000, P, S2_EXEC) == 0);
	CHECK(maps_to(0, 0xfffff000, S2_EXEC));

	/* pa_bits outside what the descriptors can hold. */
	CHECK(!s2_init(&s2, pool, POOL, 52));
	CHECK(!s2_init(&s2, pool, POOL, 31));
	CHECK(!s2_init(&s2, pool, 0, 40));

	/* 2 MiB blocks where the IPA, the PA and the length allow, pages
	 * elsewhere: a range that starts and ends inside a 2 MiB region. */
	fresh();
	CHECK(s2_map(&s2, G + M2 - P, 0x50000000 - P, 2 * M2 + 2 * P,
		     S2_READ | S2_WRITE) == 0);
	CHECK(s2.pool_used == 4);       /* root, level 2, two level 3 */
	CHECK((raw_leaf(G + M2 - P) & 3) == 3);                 /* a page */
	CHECK((raw_leaf(G + M2) & 3) == 1);                     /* a block */
	CHECK((raw_leaf(G + 2 * M2 + P) & 3) == 1);             /* a block */
	CHECK((raw_leaf(G + 3 * M2) & 3) == 3);                 /* a page */
	CHECK(!s2_translate(&s2, G + 3 * M2 + P, &pa, &flags));
	for (uint64_t a = G + M2 - P; a < G + 3 * M2 + P; a += P / 2)
		CHECK(maps_to(a, 0x50000000 - P + (a - (G + M2 - P)), S2_READ | S2_WRITE));
	/* Nothing inside a block may be mapped again. */
	CHECK(s2_map(&s2, G + M2 + 5 * P, 0x60000000, P, S2_READ) == S2_ERR_OVERLAP);
	/* The chapter's guest RAM: 128 MiB in 64 blocks and no level-3 table. */
	fresh();
	CHECK(s2_map(&s2, G, 0x48000000, 64 * M2, S2_READ | S2_WRITE | S2_EXEC) == 0);
	CHECK(s2.pool_used == 2);
	CHECK(maps_to(G + 64 * M2 - 1, 0x48000000 + 64 * M2 - 1,
		      S2_READ | S2_WRITE | S2_EXEC));
	CHECK(!s2_translate(&s2, G + 64 * M2, &pa, &flags));

	/* Block descriptors, written by hand: the walk ends at a 2 MiB block at level 2 and a 1 GiB block at level 1,
	 * as the hardware's does, and a level-3 entry with bit 1 clear is
	 * reserved: a fault, not a page. */
	fresh();
	CHECK(s2_map(&s2, G, 0x44000000, P, S2_READ) == 0);
	uint64_t *l2 = (uint64_t *)(uintptr_t)(s2.root[1] & S2_DESC_ADDR_MASK);
	uint64_t *l3 = (uint64_t *)(uintptr_t)(l2[0] & S2_DESC_ADDR_MASK);
	l2[1] = 0x80000000UL | S2_DESC_S2AP_R | S2_DESC_AF | S2_DESC_XN |
		(S2_MEMATTR_NORMAL_WB << S2_DESC_MEMATTR_SHIFT) | S2_DESC_VALID;
	CHECK(maps_to(G + M2, 0x80000000, S2_READ));
	CHECK(maps_to(G + M2 + 0x1234a, 0x8001234a, S2_READ));
	CHECK(maps_to(G + 2 * M2 - 1, 0x80000000 + M2 - 1, S2_READ));
	s2.root[2] = 0xc0000000UL | S2_DESC_S2AP_R | S2_DESC_S2AP_W | S2_DESC_AF |
		     (S2_MEMATTR_NORMAL_WB << S2_DESC_MEMATTR_SHIFT) | S2_DESC_VALID;
	CHECK(maps_to(2 * G + 0x12345678, 0xd2345678, S2_READ | S2_WRITE | S2_EXEC));
	l3[1] = 0x44001000UL | S2_DESC_S2AP_R | S2_DESC_AF | S2_DESC_VALID;
	CHECK(!s2_translate(&s2, G + P, &pa, &flags));
	CHECK(maps_to(G, 0x44000000, S2_READ));

	/* Random ranges against a simple model: a page table in an array. */
	static uint64_t model[1 << 14];         /* 64 MiB of IPA from 1 GiB */
	fresh();
	srand(1);
	for (int i = 0; i < 400; i++) {
		uint64_t first = (uint64_t)(rand() % ((1 << 14) - 64));
		uint64_t pages = 1 + (uint64_t)(rand() % 64);
		uint64_t pa0 = (uint64_t)(rand() % (1 << 20)) * P;
		int free = 1;
		for (uint64_t p = first; free && p < first + pages; p++)
			free = model[p] == 0;
		int err = s2_map(&s2, G + first * P, pa0, pages * P, S2_READ);
		CHECK(free ? err == 0 : err == S2_ERR_OVERLAP);
		for (uint64_t p = first; err == 0 && p < first + pages; p++)
			model[p] = pa0 + (p - first) * P + 1;  /* +1: mapped */
	}
	for (uint64_t p = 0; p < (1 << 14); p++) {
		if (model[p])
			CHECK(maps_to(G + p * P, model[p] - 1, S2_READ));
		else
			CHECK(!s2_translate(&s2, G + p * P, &pa, &flags));
	}

	return check_done();
}
