/*
 * unsigned long brk_changes_registers(void)
 *
 * The proof that the exception path gives back every register: load
 * x0-x28 with values of their own, take `brk #0x42` (whose handler steps
 * over it), then compare. Returns a mask with bit n set for each xn that
 * came back changed; 0 means the trap frame was restored in full. (C code
 * around an inline `brk` could not tell: the compiler keeps nothing in
 * most registers across it.)
 */
/* xn's own value: 0x100 + n in both 32-bit halves. */
.macro pattern reg, n
	mov	\reg, #(0x100 + \n)
	orr	\reg, \reg, \reg, lsl #32
.endm

	.text
	.global	brk_changes_registers
	.type	brk_changes_registers, %function
brk_changes_registers:
	/* x19-x30 are the caller's (AAPCS64): keep them on the stack. */
	stp	x29, x30, [sp, #-96]!
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]

	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28
	pattern	x\n, \n
	.endr
	brk	#0x42

	/* x30 collects the mask; x29 holds each expected value in turn. */
	mov	x30, #0
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28
	pattern	x29, \n
	cmp	x\n, x29
	b.eq	1f
	orr	x30, x30, #(1 << \n)
1:
	.endr
	mov	x0, x30

	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #96
	ret
	.size	brk_changes_registers, . - brk_changes_registers
