/*
 * Where the kernel, the initramfs and the device tree go in the
 * guest's RAM (loader.h). main.c copies them there.
 */
#include "loader.h"

static uint64_t align_up(uint64_t x, uint64_t a)
{
	return (x + a - 1) & ~(a - 1);
}

/* A little-endian field of the header, read byte by byte: the image
 * may sit at any alignment, and the CPU's byte order does not matter. */
static uint64_t le(const unsigned char *p, unsigned bytes)
{
	uint64_t v = 0;

	for (unsigned i = bytes; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

const char *loader_place(const void *image, size_t image_len, size_t initrd_len,
			 size_t dtb_len, uint64_t ram, uint64_t ram_size,
			 struct guest_layout *l)
{
	const unsigned char *h = image;
	uint64_t text_offset = ARM64_OLD_TEXT_OFFSET, size = image_len;

	if (image_len == 0)
		return "the kernel image is empty";
	if ((ram | ram_size) & (LOADER_BLOCK - 1) || ram_size < 2 * LOADER_BLOCK)
		return "guest RAM is not a multiple of 2 MiB";
	if (dtb_len > LOADER_DTB_MAX)
		return "the device tree is larger than 2 MiB";

	l->header = image_len >= sizeof(struct arm64_image_header) &&
		    le(h + offsetof(struct arm64_image_header, magic), 4) ==
		    ARM64_IMAGE_MAGIC;
	if (l->header) {
		uint64_t flags = le(h + offsetof(struct arm64_image_header, flags), 8);
		uint64_t image_size = le(h + offsetof(struct arm64_image_header,
						      image_size), 8);

		if (flags & ARM64_IMAGE_FLAG_BE)
			return "a big-endian kernel (the guest starts little-endian)";
		if (image_size != 0) {
			text_offset = le(h + offsetof(struct arm64_image_header,
						      text_offset), 8);
			/* image_size counts the BSS: at least the file. */
			if (image_size > size)
				size = image_size;
		}
	}

	/* Everything below is compared with ram_size, so nothing can wrap. */
	if (text_offset >= ram_size || size > ram_size - text_offset)
		return "the kernel does not fit in guest RAM";
	l->kernel = ram + text_offset;
	l->kernel_end = l->kernel + size;
	l->initrd = align_up(l->kernel_end, LOADER_BLOCK);
	l->dtb = ram + ram_size - LOADER_BLOCK;
	if (l->initrd > l->dtb || initrd_len > l->dtb - l->initrd)
		return "the kernel and the initramfs do not fit in guest RAM";
	l->initrd_end = l->initrd + initrd_len;
	return 0;
}
