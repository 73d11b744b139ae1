break vgic_maintenance
continue
call lab_read_regs()
printf "at the maintenance interrupt: ICH_HCR_EL2 En %d UIE %d, ICH_MISR_EL2 U %d\n", lab_regs[0] & 1, (lab_regs[0] >> 1) & 1, (lab_regs[1] >> 1) & 1
finish
call lab_read_regs()
set $lab_used = ((lab_regs[2] >> 62) != 0) + ((lab_regs[3] >> 62) != 0) + ((lab_regs[4] >> 62) != 0) + ((lab_regs[5] >> 62) != 0)
printf "refilled: %d list registers in use, ICH_HCR_EL2 UIE %d\n", $lab_used, (lab_regs[0] >> 1) & 1
