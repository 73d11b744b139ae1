break guest_entry
continue
printf "TSC %d RW %d TID3 %d TWI %d\n", ($HCR_EL2 >> 19) & 1, ($HCR_EL2 >> 31) & 1, ($HCR_EL2 >> 18) & 1, ($HCR_EL2 >> 13) & 1
