	/* LAB 01, part bss: store zeros from __bss_start up to __bss_end
	 * (both 16-byte aligned, common/kernel.ld). Use local labels
	 * (.Lname) for the loop. Read: docs/01-hello-uart.md, "boot.S in
	 * reading order", and "common/kernel.ld, line by line". */
