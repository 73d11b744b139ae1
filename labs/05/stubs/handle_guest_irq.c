	/* LAB 05, part irq: a physical IRQ taken from the guest. Acknowledge
	 * it (gic_ack(); a spurious INTID means there is nothing to do), and
	 * drop its running priority (gic_eoi(): EOImode 1, so it stays
	 * active). The guest's virtual timer (INTID_CNTV) goes to
	 * vgic_inject_hw() and stays active: the guest's EOI ends it. Any
	 * other INTID is deactivated here (gic_deactivate()); the watchdog
	 * (INTID_CNTHP) is turned off (CNTHP_CTL_EL2) and stops the guest
	 * with guest_stop(), as does an interrupt nobody owns, after a line
	 * "hyp: unexpected physical interrupt INTID n". Clear the vcpu's
	 * stale ESR before a stop: an IRQ sets no syndrome. Read:
	 * docs/05-guest.md, "traps.c: the physical IRQ path" and "The
	 * watchdog: CNTHP". */
	(void)vcpu;
