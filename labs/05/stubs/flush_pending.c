	/* LAB 05, part inject: the guest changed its distributor or
	 * redistributor settings: hand each INTID of vgic.pending that is
	 * now deliverable() to fill_lr(), and forget it once a list
	 * register took it. */
	(void)deliverable;
