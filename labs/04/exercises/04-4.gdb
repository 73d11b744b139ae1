break guest_enter
continue
set $lab_out = (unsigned long *)0x47fff000
set $lab_i = 0
while $lab_i < 8
	set *$lab_out = 0xdead
	set $lab_r = vuart_device.read(0xfe0 + 4 * $lab_i, 4, $lab_out)
	printf "ID %d: %d 0x%02lx\n", $lab_i, $lab_r, *$lab_out
	set $lab_i = $lab_i + 1
end
printf "ID write refused: %d\n", vuart_device.write(0xfe0, 4, 0) != 0
printf "ID 8-byte read refused: %d\n", vuart_device.read(0xfe0, 8, $lab_out) != 0
printf "ID unaligned read refused: %d\n", vuart_device.read(0xfe2, 4, $lab_out) != 0
set *$lab_out = 0xdead
set $lab_r = vuart_device.read(0x004, 4, $lab_out)
printf "RSR read: %d 0x%lx\n", $lab_r, *$lab_out
printf "RSR write: %d\n", vuart_device.write(0x004, 4, 0xf)
printf "RSR byte read refused: %d\n", vuart_device.read(0x004, 1, $lab_out) != 0
