	/* LAB 05, part lr: find a list register whose State is 0 (read_lr())
	 * and write intid into it for the guest: pending, Group 1, its
	 * priority, and linked to the physical interrupt (HW, with the
	 * physical INTID) so that the guest's EOI also deactivates that
	 * one. Return false if every list register is in use. The ICH_LR_*
	 * fields are in sysregs.h. Read: docs/05-guest.md,
	 * "ICH_LR<n>_EL2, Interrupt Controller List Registers". */
	(void)intid;
	(void)priority;
	(void)read_lr;
	return false;
