/*
 * The guest's kernel, initramfs and device tree, carried inside the
 * hypervisor's image (guest_image.S).
 */
#ifndef GUEST_H
#define GUEST_H

extern const char guest_image_start[];
extern const char guest_image_end[];
extern const char guest_initrd_start[];
extern const char guest_initrd_end[];
extern char guest_dtb_start[];
extern char guest_dtb_end[];

#endif
