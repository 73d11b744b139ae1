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
s2leaf 0x40000000
printf "0x40000000: PA 0x%lx\n", $leaf & 0xfffffffff000
s2leaf 0x40200000
printf "0x40200000: PA 0x%lx\n", $leaf & 0xfffffffff000
printf "image at the PA: %d\n", *(unsigned int *)0x46000000 == *(unsigned int *)guest_image_start
