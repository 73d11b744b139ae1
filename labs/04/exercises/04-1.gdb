break guest_enter
continue
# s2leaf IPA: $leaf = its level-3 descriptor in guest_s2 (0 if none)
define s2leaf
	set $leaf = 0
	set $s2_l1 = guest_s2.root[($arg0 >> 30) & 3]
	if $s2_l1 & 1
		set $s2_l2 = ((unsigned long *)($s2_l1 & 0xfffffffff000))[($arg0 >> 21) & 511]
		if $s2_l2 & 1
			set $leaf = ((unsigned long *)($s2_l2 & 0xfffffffff000))[($arg0 >> 12) & 511]
		end
	end
end
s2leaf 0x09000000
printf "UART: PA 0x%lx MemAttr 0x%x S2AP %d XN %d\n", $leaf & 0xfffffffff000, ($leaf >> 2) & 0xf, ($leaf >> 6) & 3, ($leaf >> 54) & 1
printf "tables %d\n", guest_s2.pool_used
