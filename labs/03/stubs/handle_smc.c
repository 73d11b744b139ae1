	/* LAB 03, part smc: answer the SMC as a hypercall. Where does
	 * ELR_EL2 point after a trapped SMC, and where must the guest go
	 * on? Read: docs/03-el2-vectors.md, "3. SMC: an answer the
	 * firmware never sees". */
	(void)vcpu;
