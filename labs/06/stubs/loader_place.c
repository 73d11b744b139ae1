	/* LAB 06, part loader: decide where the kernel, the initramfs and
	 * the device tree go in guest RAM [ram, ram + ram_size), as
	 * loader.h says, and fill *l; or return a sentence saying why not.
	 * Guest RAM must be 2 MiB aligned (LOADER_BLOCK) and the DTB at
	 * most LOADER_DTB_MAX. An arm64 Image has ARM64_IMAGE_MAGIC in its
	 * header (read each field with le(): little-endian, at any
	 * alignment); a big-endian kernel is refused; with image_size 0 its
	 * text_offset is not to be trusted, and ARM64_OLD_TEXT_OFFSET is
	 * used, as for a raw image without the header. The kernel goes at
	 * ram + text_offset and occupies image_size bytes (its BSS too) or
	 * the file, whichever is longer; the initramfs at the next 2 MiB
	 * boundary after it (align_up()); the DTB in the last 2 MiB. What
	 * does not fit is refused, with no sum that can wrap. Read:
	 * docs/06-linux.md, "The arm64 boot protocol: loader.c". */
	(void)image;
	(void)image_len;
	(void)initrd_len;
	(void)dtb_len;
	(void)ram;
	(void)ram_size;
	*l = (struct guest_layout){ 0 };
	(void)align_up;
	(void)le;
	return "loader_place() is not written yet";
