	/* LAB 05, part inject: a physical interrupt for the guest arrived
	 * (it is active, not yet deactivated). Only private INTIDs (below
	 * 32) are the guest's. If it is deliverable() and fill_lr() finds a
	 * list register, that is all; otherwise remember it in
	 * vgic.pending for flush_pending(). Why may it not be deactivated
	 * here? Read: docs/05-guest.md, "vgic.c: the distributor and
	 * redistributor, emulated" and "The life of one virtual timer
	 * interrupt". */
	(void)intid;
	(void)fill_lr;
