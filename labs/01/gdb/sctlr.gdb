# Play firmware that leaves SCTLR_EL2 dirty: EE (big-endian data), A and
# SA (alignment checks) and I set. Three instructions in free RAM write
# x0 to SCTLR_EL2 and branch to start:
#   msr sctlr_el2, x0 / isb / br x1
set {unsigned int}0x47fff000 = 0xd51c1000
set {unsigned int}0x47fff004 = 0xd5033fdf
set {unsigned int}0x47fff008 = 0xd61f0020
set $x0 = 0x30c50830 | (1 << 25) | (1 << 1) | (1 << 3) | (1 << 12)
set $x1 = start
set $pc = 0x47fff000
break main
continue
printf "SCTLR_EL2 at main: 0x%lx\n", $SCTLR_EL2
