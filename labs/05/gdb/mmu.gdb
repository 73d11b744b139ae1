break vgic_lr_fill
continue
call lab_read_regs()
set $t = $TCR_EL1
printf "TCR_EL1: T0SZ %d IRGN0 %d ORGN0 %d SH0 %d TG0 %d EPD1 %d IPS %d\n", $t & 0x3f, ($t >> 8) & 3, ($t >> 10) & 3, ($t >> 12) & 3, ($t >> 14) & 3, ($t >> 23) & 1, ($t >> 32) & 7
printf "MAIR_EL1: Attr0 0x%02x Attr1 0x%02x\n", $MAIR_EL1 & 0xff, ($MAIR_EL1 >> 8) & 0xff
printf "TTBR0_EL1 in the guest's RAM, 4 KiB aligned: %d\n", $TTBR0_EL1 >= 0x40000000 && $TTBR0_EL1 < 0x40200000 && ($TTBR0_EL1 & 0xfff) == 0
set $s = lab_regs[3]
printf "SCTLR_EL1: M %d C %d SA %d I %d\n", $s & 1, ($s >> 2) & 1, ($s >> 3) & 1, ($s >> 12) & 1
