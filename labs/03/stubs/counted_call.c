	/* LAB 03, part hypercall: carry out call fn and put its result in
	 * the guest's x0: HYP_VERSION and HYP_CONSOLE_WRITE here, every
	 * other ID through psci_answer(), which also says whether the call
	 * stops the machine (then guest_stops_machine(), after the log).
	 * Count the call in its call_kind() entry, and log it with
	 * log_call() the first time of its kind (an unknown one, with no
	 * entry, each time). Read: docs/03-el2-vectors.md, "The
	 * dispatcher". */
	(void)vcpu;
	(void)fn;
	(void)hyp_version;
	(void)hyp_console_write;
	(void)psci_answer;
	(void)guest_stops_machine;
	(void)log_call;
	(void)call_kind;
