break guest_entry
continue
printf "TDE %d, HPMN is PMCR_EL0.N: %d\n", ($MDCR_EL2 >> 8) & 1, ($MDCR_EL2 & 0x1f) == (($PMCR_EL0 >> 11) & 0x1f)
