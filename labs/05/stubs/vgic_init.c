	/* LAB 05, part lr: find how many list registers there are
	 * (ICH_VTR_EL2, into list_regs) and clear each one (write_lr()):
	 * their reset value is UNKNOWN. The guest reaches its CPU interface
	 * through system registers: set ICC_SRE_EL1.SRE and synchronize
	 * before ICH_VMCR_EL2 is written. No active virtual priorities
	 * (clear_active_priorities()); the guest's interface settings in
	 * ICH_VMCR_EL2 cleared but for VFIQEn, RES1 once SRE is set; then
	 * the virtual CPU interface on (ICH_HCR_EL2), synchronized before
	 * anything relies on it. The ICH_* and ICC_* names are in
	 * sysregs.h. Read: docs/05-guest.md, "vgic_lr.c: the virtual CPU
	 * interface" and the register sections after it. */
	(void)write_lr;
	(void)clear_active_priorities;
	kprintf("hyp: vgic: virtual CPU interface on, %u list registers\n",
		list_regs);
