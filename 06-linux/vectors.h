/*
 * The sixteen entries of an AArch64 vector table, in table order: the
 * entry at VBAR_EL2 + 0x80 * n catches kind n. vectors.S passes the kind
 * to the C handler.
 *
 *   offset  taken from             with      sync  IRQ    FIQ    SError
 *   0x000   current EL             SP_EL0    0x000 0x080  0x100  0x180
 *   0x200   current EL             SP_EL2    0x200 0x280  0x300  0x380
 *   0x400   lower EL, in AArch64             0x400 0x480  0x500  0x580
 *   0x600   lower EL, in AArch32             0x600 0x680  0x700  0x780
 */
#ifndef VECTORS_H
#define VECTORS_H

#define VEC_CURR_SP0_SYNC       0
#define VEC_CURR_SP0_IRQ        1
#define VEC_CURR_SP0_FIQ        2
#define VEC_CURR_SP0_SERROR     3
#define VEC_CURR_SPX_SYNC       4
#define VEC_CURR_SPX_IRQ        5
#define VEC_CURR_SPX_FIQ        6
#define VEC_CURR_SPX_SERROR     7
#define VEC_LOWER_A64_SYNC      8
#define VEC_LOWER_A64_IRQ       9
#define VEC_LOWER_A64_FIQ       10
#define VEC_LOWER_A64_SERROR    11
#define VEC_LOWER_A32_SYNC      12
#define VEC_LOWER_A32_IRQ       13
#define VEC_LOWER_A32_FIQ       14
#define VEC_LOWER_A32_SERROR    15

/* Each group of four holds one entry per type of exception, in this
 * order; an interrupt (IRQ or FIQ) leaves ESR_EL2 and FAR_EL2 alone. */
#define VEC_TYPE(kind)          ((kind) % 4)
#define VEC_TYPE_SYNC           0
#define VEC_TYPE_IRQ            1
#define VEC_TYPE_FIQ            2
#define VEC_TYPE_SERROR         3
#define VEC_IS_INTERRUPT(kind)  (VEC_TYPE(kind) == VEC_TYPE_IRQ || \
				 VEC_TYPE(kind) == VEC_TYPE_FIQ)

#define VEC_SLOT_SIZE           0x80
#define VEC_TABLE_ALIGN         0x800   /* VBAR_EL2[10:0] are RES0 */

#endif
