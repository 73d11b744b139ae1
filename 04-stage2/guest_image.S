/*
 * The guest, built as a program of its own (build/guest.elf, then the raw
 * build/guest.bin), carried as data in the hypervisor's image. main.c
 * copies it into the guest's RAM. The build passes the image's path as
 * GUEST_IMAGE.
 */
	.section .rodata.guest_image, "a"
	.balign	16
	.global	guest_image_start
guest_image_start:
	.incbin	GUEST_IMAGE
	.global	guest_image_end
guest_image_end:
