	/* LAB 05, part lr: find how many list registers there are
	 * (ICH_VTR_EL2, into list_regs) and clear each one: their reset
	 * value is UNKNOWN. Then no active virtual priorities
	 * (ICH_AP0R0_EL2, ICH_AP1R0_EL2), the guest's interface settings
	 * cleared (ICH_VMCR_EL2), and the virtual CPU interface on
	 * (ICH_HCR_EL2), synchronized before anything relies on it. The
	 * ICH_* names are in sysregs.h; write_lr() writes one list
	 * register. Read: docs/05-guest.md, "vgic_lr.c: the virtual CPU
	 * interface" and the register sections after it. */
	(void)write_lr;
