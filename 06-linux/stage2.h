/*
 * Stage-2 translation tables: what each intermediate physical address
 * (IPA) of the guest means. VMSAv8-64 format, 4 KiB granule, a 32-bit IPA
 * space (4 GiB), the walk starting at level 1:
 *
 *   IPA bits  [31:30]       [29:21]       [20:12]       [11:0]
 *             level 1 index level 2 index level 3 index offset in page
 *             (4 entries,   (512 entries, (512 entries,
 *              1 GiB each)   2 MiB each)   4 KiB each)
 *
 * Where the IPA, the PA and the length all allow it, a level-2 entry
 * maps a whole 2 MiB block (a block descriptor: no level-3 table, one
 * TLB entry for 512 pages); elsewhere level 3 maps 4 KiB pages. Level
 * 1 holds table descriptors. The builder is plain C with no system
 * registers, so the host unit tests run it and walk what it built.
 */
#ifndef STAGE2_H
#define STAGE2_H

#include <stdbool.h>
#include <stdint.h>

#define S2_PAGE_SHIFT           12
#define S2_PAGE_SIZE            (1UL << S2_PAGE_SHIFT)
#define S2_ENTRIES              512           /* 8-byte descriptors per 4 KiB table */
#define S2_IPA_BITS             32            /* VTCR_EL2.T0SZ = 64 - 32 */
#define S2_BLOCK_SIZE           (1UL << 21)   /* a level-2 block: 2 MiB */

/* Stage-2 descriptor bits (Arm ARM, "VMSAv8-64 translation table format
 * descriptors", stage 2, without FEAT_S2FWB). */
#define S2_DESC_VALID           (1UL << 0)
#define S2_DESC_TABLE           (1UL << 1)    /* levels 1-2: table (0: block);
						 level 3: page */
#define S2_DESC_MEMATTR_SHIFT   2             /* [5:2] memory type */
#define S2_MEMATTR_DEVICE_nGnRE 0x1UL         /* device memory */
#define S2_MEMATTR_NORMAL_WB    0xfUL         /* normal, inner+outer write-back */
#define S2_DESC_S2AP_R          (1UL << 6)    /* S2AP[0]: the guest may read */
#define S2_DESC_S2AP_W          (1UL << 7)    /* S2AP[1]: the guest may write */
#define S2_DESC_SH_INNER        (3UL << 8)    /* inner shareable */
#define S2_DESC_AF              (1UL << 10)   /* access flag: already accessed */
#define S2_DESC_XN              (1UL << 54)   /* the guest may not execute */
#define S2_DESC_ADDR_MASK       0x0000fffffffff000UL  /* [47:12] */
#define S2_BLOCK_ADDR_MASK      0x0000ffffffe00000UL  /* [47:21], a level-2 block */

/* What a mapping allows: combine these. */
#define S2_READ                 (1U << 0)
#define S2_WRITE                (1U << 1)
#define S2_EXEC                 (1U << 2)
#define S2_DEVICE               (1U << 3)     /* device memory, not normal */

/* Errors returned by s2_map (0 is success). */
#define S2_ERR_ALIGN            (-1)  /* not a multiple of the page size */
#define S2_ERR_RANGE            (-2)  /* beyond the IPA or PA space, or empty */
#define S2_ERR_OVERLAP          (-3)  /* part of the range is already mapped */
#define S2_ERR_NOMEM            (-4)  /* no table pages left */
#define S2_ERR_FLAGS            (-5)  /* no access at all, or unknown flags */

typedef uint64_t s2_table_t[S2_ENTRIES];

struct stage2 {
	s2_table_t *pool;       /* 4 KiB-aligned pages to build tables in */
	unsigned pool_pages;
	unsigned pool_used;
	unsigned pa_bits;       /* output addresses must fit in this */
	uint64_t *root;         /* the level-1 table: VTTBR_EL2.BADDR */
};

/* Start an empty translation (every IPA faults), with tables taken from
 * pool. Returns false if the pool has no page for the root table, or if
 * pa_bits is not between S2_IPA_BITS and 48. */
bool s2_init(struct stage2 *s2, s2_table_t *pool, unsigned pool_pages,
	     unsigned pa_bits);

/* Map [ipa, ipa + size) to [pa, pa + size) with the given S2_* flags.
 * All or nothing: on error nothing was changed. */
int s2_map(struct stage2 *s2, uint64_t ipa, uint64_t pa, uint64_t size,
	   unsigned flags);

/* Walk the tables like the hardware: the PA and S2_* flags an IPA maps
 * to, or false if it is not mapped. */
bool s2_translate(const struct stage2 *s2, uint64_t ipa, uint64_t *pa,
		  unsigned *flags);

/* An S2_ERR_* code in words. */
const char *s2_strerror(int err);

#endif
