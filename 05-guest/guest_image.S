/*
 * The guest's raw image, carried as data in the hypervisor's image: by
 * default guest/build/guest.bin, or whatever `make run GUEST=file.bin`
 * names. The build passes its path as GUEST_IMAGE. main.c copies it
 * into the guest's RAM.
 */
	.section .rodata.guest_image, "a"
	.balign	16
	.global	guest_image_start
guest_image_start:
	.incbin	GUEST_IMAGE
	.global	guest_image_end
guest_image_end:
