/*
 * Changing a value in a flattened device tree (a DTB, as dtc writes
 * it) in place: the hypervisor fills in /chosen's properties once it
 * knows where it put the initramfs. Plain C; every offset read from the
 * blob is checked, since a user may give any file.
 */
#ifndef FDT_H
#define FDT_H

#include <stddef.h>
#include <stdint.h>

/* Set property `prop` of the top-level node `node` (by its full name,
 * "chosen") to the 64-bit value v, stored big-endian as the DTB format
 * wants. The property must already be there with 8 bytes of value.
 * Returns 0, or a sentence saying why not. */
const char *fdt_set_u64(void *fdt, size_t len, const char *node,
			const char *prop, uint64_t v);

#endif
