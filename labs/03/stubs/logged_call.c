	/* LAB 03, part hypercall: carry out call fn (HYP_VERSION,
	 * HYP_CONSOLE_WRITE, PSCI_VERSION, PSCI_SYSTEM_OFF; anything else
	 * is NOT_SUPPORTED), put the result in the guest's x0, and log it
	 * with log_call(). Read: docs/03-el2-vectors.md, "The dispatcher". */
	(void)vcpu;
	(void)fn;
	(void)hyp_version;
	(void)hyp_console_write;
	(void)psci_guest_system_off;
	(void)log_call;
