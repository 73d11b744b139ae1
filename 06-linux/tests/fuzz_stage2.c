/*
 * Fuzzing the stage-2 table builder: any sequence of map requests, each
 * either refused with an error or applied in full, checked page by page
 * against a plain model of what was mapped.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "../stage2.c"

#define POOL 24
#define MODEL_PAGES 2048        /* 8 MiB of IPA, from 1 GiB - 4 MiB */
#define MODEL_BASE (0x40000000UL - 0x400000UL)

static s2_table_t pool[POOL] __attribute__((aligned(S2_PAGE_SIZE)));
static uint64_t model[MODEL_PAGES];     /* PA + 1, or 0 */
static unsigned model_flags[MODEL_PAGES];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct stage2 s2;

	memset(model, 0, sizeof(model));
	if (!s2_init(&s2, pool, POOL, 40))
		__builtin_trap();
	while (size >= 8) {
		uint64_t first = (uint64_t)(data[0] | data[1] << 8) % (MODEL_PAGES + 64);
		uint64_t pages = data[2] % 40;
		uint64_t pa = (uint64_t)(data[3] | data[4] << 8 | data[5] << 16) << 12;
		unsigned flags = data[6] & 0x1f;
		uint64_t ipa = MODEL_BASE + first * S2_PAGE_SIZE + (data[7] & 1);
		int err = s2_map(&s2, ipa, pa, pages * S2_PAGE_SIZE, flags);

		if (err == 0) {
			if ((ipa & 0xfff) || pages == 0 || (flags & ~0xfU) ||
			    !(flags & 7))
				__builtin_trap();       /* should have been refused */
			for (uint64_t p = 0; p < pages; p++) {
				uint64_t i = first + p;
				if (i < MODEL_PAGES) {
					if (model[i] != 0)
						__builtin_trap();       /* overlapped */
					model[i] = pa + p * S2_PAGE_SIZE + 1;
					model_flags[i] = flags;
				}
			}
		}
		data += 8;
		size -= 8;
	}
	for (unsigned i = 0; i < MODEL_PAGES; i++) {
		uint64_t pa;
		unsigned flags;
		bool mapped = s2_translate(&s2, MODEL_BASE + i * S2_PAGE_SIZE + 8, &pa, &flags);

		if (mapped != (model[i] != 0))
			__builtin_trap();
		if (mapped && (pa != model[i] - 1 + 8 || flags != model_flags[i]))
			__builtin_trap();
	}
	return 0;
}
