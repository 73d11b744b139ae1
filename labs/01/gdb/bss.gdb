# Play a warm restart: fill .bss with a pattern before the first
# instruction, then count the words still not 0 when main starts.
set $p = (unsigned long *)&__bss_start
while $p < (unsigned long *)&__bss_end
  set *$p = 0x5a5a5a5a5a5a5a5a
  set $p = $p + 1
end
break main
continue
set $bad = 0
set $p = (unsigned long *)&__bss_start
while $p < (unsigned long *)&__bss_end
  if *$p != 0
    set $bad = $bad + 1
  end
  set $p = $p + 1
end
printf ".bss words: %d, not 0 at main: %d\n", (unsigned long *)&__bss_end - (unsigned long *)&__bss_start, $bad
