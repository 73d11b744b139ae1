break vgic_lr_fill
continue
bt
printf "pending 0x%x\n", vgic.pending
