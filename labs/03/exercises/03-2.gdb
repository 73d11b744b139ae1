break guest_entry
continue
printf "TWE %d TWI %d\n", ($HCR_EL2 >> 14) & 1, ($HCR_EL2 >> 13) & 1
