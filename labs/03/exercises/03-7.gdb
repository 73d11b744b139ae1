break hypercall
continue
set $v = vcpu
set var $v->regs.x[2] = 0x5a5a0000 + 2
set var $v->regs.x[3] = 0x5a5a0000 + 3
set var $v->regs.x[4] = 0x5a5a0000 + 4
set var $v->regs.x[5] = 0x5a5a0000 + 5
set var $v->regs.x[6] = 0x5a5a0000 + 6
set var $v->regs.x[7] = 0x5a5a0000 + 7
set var $v->regs.x[8] = 0x5a5a0000 + 8
set var $v->regs.x[9] = 0x5a5a0000 + 9
set var $v->regs.x[10] = 0x5a5a0000 + 10
set var $v->regs.x[11] = 0x5a5a0000 + 11
set var $v->regs.x[12] = 0x5a5a0000 + 12
set var $v->regs.x[13] = 0x5a5a0000 + 13
set var $v->regs.x[14] = 0x5a5a0000 + 14
set var $v->regs.x[15] = 0x5a5a0000 + 15
set var $v->regs.x[16] = 0x5a5a0000 + 16
set var $v->regs.x[17] = 0x5a5a0000 + 17
set var $v->regs.x[18] = 0x5a5a0000 + 18
set var $v->regs.x[19] = 0x5a5a0000 + 19
set var $v->regs.x[20] = 0x5a5a0000 + 20
set var $v->regs.x[21] = 0x5a5a0000 + 21
set var $v->regs.x[22] = 0x5a5a0000 + 22
set var $v->regs.x[23] = 0x5a5a0000 + 23
set var $v->regs.x[24] = 0x5a5a0000 + 24
set var $v->regs.x[25] = 0x5a5a0000 + 25
set var $v->regs.x[26] = 0x5a5a0000 + 26
set var $v->regs.x[27] = 0x5a5a0000 + 27
set var $v->regs.x[28] = 0x5a5a0000 + 28
break *$v->regs.elr
continue
printf "x2 %lx %lx\n", $x2, 0x5a5a0000 + 2
printf "x3 %lx %lx\n", $x3, 0x5a5a0000 + 3
printf "x4 %lx %lx\n", $x4, 0x5a5a0000 + 4
printf "x5 %lx %lx\n", $x5, 0x5a5a0000 + 5
printf "x6 %lx %lx\n", $x6, 0x5a5a0000 + 6
printf "x7 %lx %lx\n", $x7, 0x5a5a0000 + 7
printf "x8 %lx %lx\n", $x8, 0x5a5a0000 + 8
printf "x9 %lx %lx\n", $x9, 0x5a5a0000 + 9
printf "x10 %lx %lx\n", $x10, 0x5a5a0000 + 10
printf "x11 %lx %lx\n", $x11, 0x5a5a0000 + 11
printf "x12 %lx %lx\n", $x12, 0x5a5a0000 + 12
printf "x13 %lx %lx\n", $x13, 0x5a5a0000 + 13
printf "x14 %lx %lx\n", $x14, 0x5a5a0000 + 14
printf "x15 %lx %lx\n", $x15, 0x5a5a0000 + 15
printf "x16 %lx %lx\n", $x16, 0x5a5a0000 + 16
printf "x17 %lx %lx\n", $x17, 0x5a5a0000 + 17
printf "x18 %lx %lx\n", $x18, 0x5a5a0000 + 18
printf "x19 %lx %lx\n", $x19, 0x5a5a0000 + 19
printf "x20 %lx %lx\n", $x20, 0x5a5a0000 + 20
printf "x21 %lx %lx\n", $x21, 0x5a5a0000 + 21
printf "x22 %lx %lx\n", $x22, 0x5a5a0000 + 22
printf "x23 %lx %lx\n", $x23, 0x5a5a0000 + 23
printf "x24 %lx %lx\n", $x24, 0x5a5a0000 + 24
printf "x25 %lx %lx\n", $x25, 0x5a5a0000 + 25
printf "x26 %lx %lx\n", $x26, 0x5a5a0000 + 26
printf "x27 %lx %lx\n", $x27, 0x5a5a0000 + 27
printf "x28 %lx %lx\n", $x28, 0x5a5a0000 + 28
