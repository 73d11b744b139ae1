/*
 * Fuzzing what the boot loader reads from files a user may give: the
 * arm64 Image header (loader.c) and the device tree blob (fdt.c). The
 * first input bytes are an image's start and the sizes, the rest a
 * DTB. Whatever loader_place accepts must lie inside guest RAM in
 * order; fdt_set_u64 must never read or write outside the blob (the
 * sanitizers watch).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../fdt.c"
#include "../loader.c"

#define RAM  0x40000000UL
#define SIZE 0x08000000UL

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct guest_layout l;
	uint64_t image_len, initrd_len, dtb_len;
	unsigned char *blob;

	if (size < 88)
		return 0;
	memcpy(&image_len, data + 64, 8);
	memcpy(&initrd_len, data + 72, 8);
	memcpy(&dtb_len, data + 80, 8);
	image_len = 64 + image_len % (1UL << 28);
	initrd_len %= 1UL << 28;
	dtb_len %= 1UL << 22;
	if (loader_place(data, image_len < 88 ? image_len : 64, initrd_len, dtb_len,
			 RAM, SIZE, &l) == 0) {
		if (l.kernel < RAM || l.kernel_end < l.kernel ||
		    l.initrd < l.kernel_end || l.initrd_end < l.initrd ||
		    l.initrd_end > l.dtb || l.dtb + dtb_len > RAM + SIZE)
			__builtin_trap();
	}

	/* The rest, copied so that the sanitizer sees its exact end. */
	blob = malloc(size - 88 + 1);
	memcpy(blob, data + 88, size - 88);
	fdt_set_u64(blob, size - 88, "chosen", "linux,initrd-start", 0x1234);
	free(blob);
	return 0;
}
