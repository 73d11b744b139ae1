break guest_entry
continue
# SYSREG(3, 0, 0, 6, 0), ID_AA64ISAR0_EL1: what id_reg_sanitise() clears
printf "ISAR0 hidden: 0x%lx\n", ~id_reg_sanitise(0xc030, ~0UL, 0, 0)
