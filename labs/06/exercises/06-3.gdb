hbreak *0x40080000
continue
printf "guest entry: pc 0x%lx, x0 0x%lx, x1 %d x2 %d x3 %d\n", $pc, $x0, $x1, $x2, $x3
