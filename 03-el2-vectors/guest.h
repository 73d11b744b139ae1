/*
 * The guest of this chapter: EL1 code built into the same image as the
 * hypervisor. Only these symbols are shared between the two.
 */
#ifndef GUEST_H
#define GUEST_H

/* Where the guest starts (guest_boot.S), and the top of its stack. */
extern char guest_entry[];
extern char guest_stack_top[];

#endif
