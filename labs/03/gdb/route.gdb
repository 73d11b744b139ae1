break hypercall
continue
printf "hypercall, guest x0 0x%lx, EC 0x%lx\n", vcpu->regs.x[0], vcpu->regs.esr >> 26
