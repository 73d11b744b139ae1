/*
 * The smallest guest: a raw image that is not the chapter's guest, to
 * show the hypervisor runs whatever image it is given. It writes one line
 * to the PL011 at 0x09000000 (waiting while UARTFR.TXFF says the FIFO is
 * full), then asks PSCI, through HVC, to power off.
 */
#define UART            0x09000000
#define UARTFR          0x18
#define UARTFR_TXFF_BIT 5
#define PSCI_SYSTEM_OFF 0x84000008

	.section .text.boot, "ax"
	.global	start
start:
	ldr	x1, =UART
	adr	x2, message
.Lnext:
	ldrb	w3, [x2], #1
	cbz	w3, .Ldone
.Lwait:
	ldr	w4, [x1, #UARTFR]
	tbnz	w4, #UARTFR_TXFF_BIT, .Lwait
	str	w3, [x1]
	b	.Lnext
.Ldone:
	ldr	x0, =PSCI_SYSTEM_OFF
	hvc	#0
	b	.
	.ltorg

message:
	.asciz	"mini guest: one line, then PSCI SYSTEM_OFF\r\n"
