/*
 * The guest's raw image, linked on its own for IPA 0x40000000 and carried
 * inside the hypervisor's image (guest_image.S).
 */
#ifndef GUEST_H
#define GUEST_H

extern const char guest_image_start[];
extern const char guest_image_end[];

#endif
