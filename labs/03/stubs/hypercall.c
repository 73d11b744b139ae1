	/* LAB 03, part hypercall: the function ID is the guest's w0. The
	 * null call (HYP_NULL) returns SMCCC_RET_SUCCESS at once, without
	 * logging; every other call goes to counted_call(). */
	(void)vcpu;
	(void)counted_call;
