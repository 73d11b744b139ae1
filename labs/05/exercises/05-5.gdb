set $lab_h = guest_sync_handlers[1]
set $lab_n = 0
printf "WFx handler: %d\n", $lab_h != 0
if $lab_h != 0
	break *$lab_h
	commands
		silent
		set $lab_n = $lab_n + 1
		continue
	end
end
break power_off
continue
printf "TWI %d\n", ($HCR_EL2 >> 13) & 1
printf "WFI traps %d\n", $lab_n
