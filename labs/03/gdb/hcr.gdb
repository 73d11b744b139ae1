break guest_entry
continue
set $h = $HCR_EL2
printf "RW %d TSC %d TID3 %d TWI %d E2H %d TGE %d VM %d\n", ($h >> 31) & 1, ($h >> 19) & 1, ($h >> 18) & 1, ($h >> 13) & 1, ($h >> 34) & 1, ($h >> 27) & 1, $h & 1
