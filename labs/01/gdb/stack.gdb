break main
continue
printf "sp inside the stack: %d\n", $sp > (unsigned long)&stack_bottom && $sp <= (unsigned long)&stack_top
