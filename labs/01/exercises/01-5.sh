# Exercise 01-5: a warm-restart test image that catches a missing .bss
# loop. Checked: the image exists, powers off, and prints a .bss value
# twice, 0 both times; then, with the .bss loop cut out of your boot.S
# (as in the lab), the same image must show something other than 0.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp-warm-restart.elf 2>&1); then
	echo "FAIL no build/hyp-warm-restart.elf: add TEST_IMAGES := warm-restart to the Makefile"
	echo "$out" | head -n 10; return 1
fi
f=$(boot_console warm-restart default)
ex_result $? "the warm-restart image powers off"
n=$(grep -c -i 'bss.*[^0-9]0$' "$f")
[ "$n" -ge 2 ]; ex_result $? "two lines print the .bss value as 0 (found $n)"
# the same test against a boot.S without the loop
cp "$SCRATCH/$CHAPTER/boot.S" "$SCRATCH/boot.S.keep"
if apply_cuts "$SCRATCH" bss 2>/dev/null; then
	rm -rf "$SCRATCH/run"
	make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp-warm-restart.elf >/dev/null 2>&1
	f=$(boot_console warm-restart default)
	grep -q -i 'bss.*[^0-9]42$' "$f"; ex_result $? "without the .bss loop, your test shows 42"
else
	echo "FAIL your boot.S no longer has the .bss loop where the lab expects it"; ex_fail=1
fi
[ $ex_fail = 0 ]
