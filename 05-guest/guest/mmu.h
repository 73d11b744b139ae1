/*
 * The guest's own translation, stage 1: virtual addresses (GVA) to what
 * it believes are physical addresses (under a hypervisor: IPAs).
 */
#ifndef MMU_H
#define MMU_H

/* A second view of RAM: VA ALIAS_VA + x reads RAM at RAM_BASE + x. */
#define ALIAS_VA        0x80000000UL

void mmu_init(void);

#endif
