break hypercall
continue
set $v = vcpu
set var $v->regs.x[0] = 0xc6000003
set var $v->regs.x[1] = 1000
set var $v->regs.x[2] = 234
finish
printf "HYP_ADD 1000 234 -> %ld\n", $v->regs.x[0]
