break vgic_lr_fill
continue
finish
call lab_read_regs()
set $lab_lr = lab_regs[2]
printf "ICH_LR0_EL2: State %d HW %d pINTID %d vINTID %d\n", ($lab_lr >> 62) & 3, ($lab_lr >> 61) & 1, ($lab_lr >> 32) & 0x1fff, $lab_lr & 0xffffffff
