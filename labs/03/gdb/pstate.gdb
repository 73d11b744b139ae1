break guest_entry
continue
printf "EL %d SPx %d DAIF 0x%x nRW %d\n", ($cpsr >> 2) & 3, $cpsr & 1, ($cpsr >> 6) & 0xf, ($cpsr >> 4) & 1
