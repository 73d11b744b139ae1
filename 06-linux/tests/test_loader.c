/* Host tests for the boot loader's decisions (loader.c) and the device
 * tree's /chosen values written in place (fdt.c). */
#include <string.h>
#include "check.h"
#include "../fdt.c"
#include "../loader.c"

#define RAM  0x40000000UL
#define SIZE 0x08000000UL
#define MiB  0x100000UL

/* An arm64 Image header, little-endian fields. */
static unsigned char image[4096];

static void put_le(unsigned char *p, uint64_t v, unsigned bytes)
{
	for (unsigned i = 0; i < bytes; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void header(uint64_t text_offset, uint64_t image_size, uint64_t flags)
{
	memset(image, 0, sizeof(image));
	put_le(image + 8, text_offset, 8);
	put_le(image + 16, image_size, 8);
	put_le(image + 24, flags, 8);
	put_le(image + 56, ARM64_IMAGE_MAGIC, 4);
}

/* A DTB as dtc writes one: / { chosen { a = <1>; linux,initrd-start =
 * <0 0>; }; other { linux,initrd-start = <0 0>; }; }. */
static unsigned char dtb[256];
static size_t dtb_len;

static void put_be(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8); p[3] = (unsigned char)v;
}

static size_t tok(size_t at, uint32_t t) { put_be(dtb + at, t); return at + 4; }

static size_t node(size_t at, const char *name)
{
	at = tok(at, FDT_BEGIN_NODE);
	strcpy((char *)dtb + at, name);
	return at + ((strlen(name) + 1 + 3) & ~3UL);
}

static size_t prop(size_t at, uint32_t nameoff, uint32_t len)
{
	at = tok(at, FDT_PROP);
	put_be(dtb + at, len);
	put_be(dtb + at + 4, nameoff);
	memset(dtb + at + 8, 0, (len + 3) & ~3U);
	return at + 8 + ((len + 3) & ~3U);
}

static void make_dtb(void)
{
	static const char strings[] = "a\0linux,initrd-start";
	size_t at = FDT_HEADER_SIZE, start = at;

	memset(dtb, 0, sizeof(dtb));
	at = node(at, "");
	at = node(at, "chosen");
	at = prop(at, 0, 4);
	at = prop(at, 2, 8);
	at = tok(at, FDT_END_NODE);
	at = node(at, "other");
	at = prop(at, 2, 8);
	at = tok(at, FDT_END_NODE);
	at = tok(at, FDT_END_NODE);
	at = tok(at, FDT_END);
	memcpy(dtb + at, strings, sizeof(strings));
	put_be(dtb, FDT_MAGIC);
	put_be(dtb + FDT_OFF_STRUCT, (uint32_t)start);
	put_be(dtb + FDT_SIZE_STRUCT, (uint32_t)(at - start));
	put_be(dtb + FDT_OFF_STRINGS, (uint32_t)at);
	put_be(dtb + FDT_SIZE_STRINGS, sizeof(strings));
	dtb_len = at + sizeof(strings);
	put_be(dtb + FDT_TOTALSIZE, (uint32_t)dtb_len);
}

/* Did the call refuse, with a sentence that has `word` in it? */
static int says(const char *err, const char *word)
{
	return err != 0 && strstr(err, word) != 0;
}

static void test_loader(void)
{
	struct guest_layout l;

	/* Debian's kernel: text_offset 0, image_size beyond the file (BSS). */
	header(0, 28 * MiB + 0x1234, 0xa);
	CHECK(loader_place(image, 27 * MiB, 2 * MiB, 1500, RAM, SIZE, &l) == 0);
	CHECK(l.header && l.kernel == RAM && l.kernel_end == RAM + 28 * MiB + 0x1234);
	CHECK(l.initrd == RAM + 30 * MiB && l.initrd_end == RAM + 32 * MiB);
	CHECK(l.dtb == RAM + SIZE - 2 * MiB);
	/* text_offset honoured; the file is longer than image_size says. */
	header(0x80000, 4 * MiB, 0);
	CHECK(loader_place(image, 5 * MiB, 0, 100, RAM, SIZE, &l) == 0);
	CHECK(l.kernel == RAM + 0x80000 && l.kernel_end == RAM + 0x80000 + 5 * MiB);
	CHECK(l.initrd == RAM + 6 * MiB && l.initrd_end == l.initrd);
	/* image_size 0 (before Linux 3.17): text_offset is 0x80000. */
	header(0x12345, 0, 0);
	CHECK(loader_place(image, MiB, 0, 100, RAM, SIZE, &l) == 0);
	CHECK(l.kernel == RAM + 0x80000);
	/* No header: a raw image, where QEMU's -kernel puts one. */
	memset(image, 0x5a, sizeof(image));
	CHECK(loader_place(image, 100, 0, 100, RAM, SIZE, &l) == 0);
	CHECK(!l.header && l.kernel == RAM + 0x80000 && l.kernel_end == RAM + 0x80000 + 100);
	CHECK(loader_place(image, 3, 0, 100, RAM, SIZE, &l) == 0 && !l.header);

	/* Refused, each with its reason. */
	CHECK(loader_place(image, 0, 0, 100, RAM, SIZE, &l) != 0);
	header(0, MiB, ARM64_IMAGE_FLAG_BE);
	CHECK(says(loader_place(image, MiB, 0, 100, RAM, SIZE, &l), "big-endian"));
	header(0, SIZE + 4096, 0);
	CHECK(says(loader_place(image, MiB, 0, 100, RAM, SIZE, &l), "does not fit"));
	header(SIZE, MiB, 0);
	CHECK(loader_place(image, MiB, 0, 100, RAM, SIZE, &l) != 0);
	header(~0UL - 4096, 8192, 0);                   /* offset + size wraps */
	CHECK(loader_place(image, MiB, 0, 100, RAM, SIZE, &l) != 0);
	header(0, 100 * MiB, 0);                        /* no room for the initrd */
	CHECK(says(loader_place(image, MiB, 27 * MiB, 100, RAM, SIZE, &l), "initramfs"));
	CHECK(loader_place(image, MiB, 20 * MiB, 100, RAM, SIZE, &l) == 0);
	CHECK(l.initrd_end <= l.dtb);
	CHECK(says(loader_place(image, MiB, 0, 3 * MiB, RAM, SIZE, &l), "2 MiB"));
	CHECK(loader_place(image, MiB, 0, 100, RAM + 4096, SIZE, &l) != 0);
}

/* Where the n bytes of `what` are in the DTB from `from` on, or 0. */
static unsigned char *find(unsigned char *from, const void *what, size_t n)
{
	for (unsigned char *p = from; p + n <= dtb + dtb_len; p++)
		if (memcmp(p, what, n) == 0)
			return p;
	return 0;
}

static void test_fdt(void)
{
	make_dtb();
	CHECK(fdt_set_u64(dtb, dtb_len, "chosen", "linux,initrd-start",
			  0x0102030405060708UL) == 0);
	/* Written into chosen's property, big-endian; other's untouched. */
	const unsigned char want[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	unsigned char *p = find(dtb, want, 8);
	CHECK(p != 0 && find(p + 1, want, 8) == 0);
	CHECK(p != 0 && p < find(dtb, "other", 5));
	/* A property that is not there, or not 8 bytes. */
	CHECK(fdt_set_u64(dtb, dtb_len, "chosen", "linux,initrd-end", 1) != 0);
	CHECK(says(fdt_set_u64(dtb, dtb_len, "chosen", "a", 1), "8 bytes"));
	CHECK(fdt_set_u64(dtb, dtb_len, "chose", "linux,initrd-start", 1) != 0);
	/* Broken blobs: refused, nothing read outside them. */
	CHECK(fdt_set_u64(dtb, 20, "chosen", "a", 1) != 0);
	CHECK(fdt_set_u64(dtb, dtb_len - 1, "chosen", "a", 1) != 0);
	put_be(dtb + FDT_SIZE_STRUCT, 0x7ffffff0);
	CHECK(says(fdt_set_u64(dtb, dtb_len, "chosen", "a", 1), "outside"));
	make_dtb();
	put_be(dtb, 0);
	CHECK(says(fdt_set_u64(dtb, dtb_len, "chosen", "a", 1), "magic"));
	make_dtb();
	put_be(dtb + FDT_HEADER_SIZE + 4 + 4 + 4 + 8 + 4, 0x7fffffff);  /* a's length */
	CHECK(says(fdt_set_u64(dtb, dtb_len, "chosen", "linux,initrd-start", 1),
		     "runs off"));
}

int main(void)
{
	test_loader();
	test_fdt();
	return check_done();
}
