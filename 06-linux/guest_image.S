/*
 * What the hypervisor loads into the guest's RAM, carried as data in
 * its own image: the kernel (GUEST_IMAGE, by default Debian's, or
 * whatever `make run KERNEL=...` names), the initramfs (GUEST_INITRD,
 * none with INITRD=) and the device tree (GUEST_DTB). The build passes
 * their paths. main.c places them as loader.c decides.
 */
	.section .rodata.guest_image, "a"
	.balign	16
	.global	guest_image_start
guest_image_start:
	.incbin	GUEST_IMAGE
	.global	guest_image_end
guest_image_end:

	.balign	16
	.global	guest_initrd_start
guest_initrd_start:
#ifdef GUEST_INITRD
	.incbin	GUEST_INITRD
#endif
	.global	guest_initrd_end
guest_initrd_end:

	/* Writable: main.c fills in /chosen before copying it. */
	.section .data.guest_dtb, "aw"
	.balign	16
	.global	guest_dtb_start
guest_dtb_start:
	.incbin	GUEST_DTB
	.global	guest_dtb_end
guest_dtb_end:
