break guest_entry
continue
set $h = $HCR_EL2
printf "RW %d TSC %d TID3 %d TWI %d AMO %d TIDCP %d TACR %d TSW %d\n", ($h >> 31) & 1, ($h >> 19) & 1, ($h >> 18) & 1, ($h >> 13) & 1, ($h >> 5) & 1, ($h >> 20) & 1, ($h >> 21) & 1, ($h >> 22) & 1
printf "E2H %d TGE %d VM %d TWE %d\n", ($h >> 34) & 1, ($h >> 27) & 1, $h & 1, ($h >> 14) & 1
