# Exercise 05-7: a guest of your own, tests/guests/hvc-hello.S. One
# right outcome for what it does: under the hypervisor it prints one
# line through a single HYP_CONSOLE_WRITE, whose result is the line's
# length, touches no emulated device, and powers off through PSCI. Your
# hvc-hello.expect (the grader compares with its own rules) and the
# answers about the bare board: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
src=$student/$CHAPTER/tests/guests/hvc-hello.S
[ -f "$src" ] || { echo "FAIL no $CHAPTER/tests/guests/hvc-hello.S"; return 1; }
cp "$src" "$SCRATCH/$CHAPTER/tests/guests/"
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp-tg-hvc-hello.elf 2>&1); then
	echo "FAIL build/hyp-tg-hvc-hello.elf does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console tg-hvc-hello default)
ex_result $? "the run powers off"
calls=$(grep -c '^hyp: hvc 0xc6000002 HYP_CONSOLE_WRITE -> ' "$f")
[ "$calls" = 1 ]
ex_result $? "one HYP_CONSOLE_WRITE (found $calls)"
line=$(grep -B 1 '^hyp: hvc 0xc6000002 HYP_CONSOLE_WRITE -> ' "$f" | head -n 1)
len=$(grep -m 1 '^hyp: hvc 0xc6000002 HYP_CONSOLE_WRITE -> ' "$f" | sed 's/.*-> //')
[ -n "$len" ] && [ -n "$line" ] && case $line in hyp:*) false ;; esac &&
	{ [ $((len)) = $((${#line} + 1)) ] || [ $((len)) = $((${#line} + 2)) ]; }
ex_result $? "your line, then the call's result: its length with the line end ('$line', ${len:-no result})"
! grep -q '^hyp: vuart:' "$f"
ex_result $? "no access to the emulated UART"
grep -q '^hyp: the guest asked for PSCI SYSTEM_OFF ' "$f"
ex_result $? "the guest asks for PSCI SYSTEM_OFF"
echo "not checked: your hvc-hello.expect, and the answers about the bare board"
[ $ex_fail = 0 ]
