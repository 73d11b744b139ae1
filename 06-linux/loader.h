/*
 * Loading a kernel as a boot loader would (Linux's
 * Documentation/arch/arm64/booting.rst): where in the guest's RAM the
 * kernel, the initramfs and the device tree go. Plain C, with no
 * memory touched: the host unit tests and a fuzzer run it.
 */
#ifndef LOADER_H
#define LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The arm64 Image header: the first 64 bytes of the kernel. All fields
 * little-endian. */
struct arm64_image_header {
	uint32_t code0, code1;  /* the first instructions (a branch) */
	uint64_t text_offset;   /* where in a 2 MiB-aligned block to load it */
	uint64_t image_size;    /* bytes it occupies, BSS included (0: old) */
	uint64_t flags;
	uint64_t res2, res3, res4;
	uint32_t magic;         /* ARM64_IMAGE_MAGIC */
	uint32_t res5;
};

#define ARM64_IMAGE_MAGIC       0x644d5241U  /* "ARM\x64" */
#define ARM64_IMAGE_FLAG_BE     (1UL << 0)   /* a big-endian kernel */
/* With image_size 0 (kernels before 3.17) text_offset is 0x80000; a raw
 * image without the header goes there too, as QEMU's -kernel puts it. */
#define ARM64_OLD_TEXT_OFFSET   0x80000UL
#define LOADER_BLOCK            0x200000UL   /* 2 MiB */
#define LOADER_DTB_MAX          0x200000UL   /* booting.rst: at most 2 MiB */

struct guest_layout {
	bool header;            /* an arm64 Image header was found */
	uint64_t kernel;        /* IPA of the kernel's first byte: the entry */
	uint64_t kernel_end;    /* end of what it occupies (image_size) */
	uint64_t initrd, initrd_end;
	uint64_t dtb;
};

/* Decide where each piece goes in guest RAM [ram, ram + ram_size), which
 * must be 2 MiB aligned: the kernel at the RAM's start + text_offset
 * (a raw image: + 0x80000), the initramfs at the next 2 MiB boundary
 * after it, the device tree in the last 2 MiB. Returns 0 and fills *l,
 * or a sentence saying what does not fit or is not a kernel we can
 * boot. */
const char *loader_place(const void *image, size_t image_len, size_t initrd_len,
			 size_t dtb_len, uint64_t ram, uint64_t ram_size,
			 struct guest_layout *l);

#endif
