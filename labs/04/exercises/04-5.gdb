break hypercall
continue
printf "byte to UARTDR: %d\n", vuart_device.write(0, 1, 0x21)
printf "halfword to UARTDR refused: %d\n", vuart_device.write(0, 2, 0x21) != 0
printf "byte to UARTCR refused: %d\n", vuart_device.write(0x30, 1, 0) != 0
printf "byte read of UARTDR refused: %d\n", vuart_device.read(0, 1, (unsigned long *)0x47fff000) != 0
