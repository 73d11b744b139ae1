break vgic_lr_fill
continue
finish
call lab_read_regs()
printf "ICH_HCR_EL2: En %d\n", lab_regs[0] & 1
set $lab_lr = lab_regs[2]
printf "ICH_LR0_EL2: State %d HW %d Group %d Priority 0x%x pINTID %d vINTID %d\n", ($lab_lr >> 62) & 3, ($lab_lr >> 61) & 1, ($lab_lr >> 60) & 1, ($lab_lr >> 48) & 0xff, ($lab_lr >> 32) & 0x1fff, $lab_lr & 0xffffffff
printf "ICH_VMCR_EL2: VENG1 %d VPMR 0x%x\n", (lab_regs[1] >> 1) & 1, (lab_regs[1] >> 24) & 0xff
