break handle_exception
continue
printf "elr %d spsr %d esr %d far %d\n", tf->elr == $ELR_EL2, tf->spsr == $SPSR_EL2, tf->esr == $ESR_EL2, tf->far == $FAR_EL2
printf "sp %d\n", tf->sp == (unsigned long)tf + sizeof(*tf)
