break guest_enter
continue
set $t = $VTTBR_EL2
printf "BADDR is the root table: %d, VMID %d, CnP %d\n", ($t & 0xfffffffff000) == (unsigned long)guest_s2.root && guest_s2.root != 0, ($t >> 48) & 0xff, $t & 1
