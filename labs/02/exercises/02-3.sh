# Exercise 02-3: five ticks at 50 Hz. One right outcome: these lines,
# in this order, and a power off.
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp default)
printf '%s\n' 'timer: 5 ticks at 50 Hz (CNTFRQ_EL0 = 62500000 Hz)' \
	'irq: INTID 26 (EL2 physical timer), tick 1' 'irq: INTID 26 (EL2 physical timer), tick 5' \
	'timer: stopped after 5 ticks, IRQs masked' 'powering off' >"$SCRATCH/want"
if missing=$(match_lines "$f" "$SCRATCH/want"); then
	echo "PASS five ticks at 50 Hz, then the timer stops and the machine powers off"
else
	echo "FAIL no line '$missing'"; tail -n 5 "$f" | sed 's/^/  | /'; return 1
fi
