break handle_exception
continue
printf "kind %d, ESR_EL2.EC 0x%x\n", kind, $ESR_EL2 >> 26
