break guest_enter
continue
set $v = $VTCR_EL2
printf "T0SZ %d SL0 %d IRGN0 %d ORGN0 %d SH0 %d TG0 %d RES1 %d\n", $v & 0x3f, ($v >> 6) & 3, ($v >> 8) & 3, ($v >> 10) & 3, ($v >> 12) & 3, ($v >> 14) & 3, ($v >> 31) & 1
printf "PS %d, PARange %d\n", ($v >> 16) & 7, $ID_AA64MMFR0_EL1 & 0xf
