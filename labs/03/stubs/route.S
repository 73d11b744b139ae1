	/* LAB 03, part route: x0 = the vcpu, x2 = ESR_EL2. Take the
	 * exception class out of x2, load guest_sync_handlers[EC] (traps.c;
	 * 8 bytes per entry), go to .Lno_handler if it is 0, else call it
	 * with x0 = vcpu. Read: docs/03-el2-vectors.md,
	 * "guest_exit_sync: save, dispatch, restore". Until then, every trap is one without a handler: */
	b	.Lno_handler
