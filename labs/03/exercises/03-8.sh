# Exercise 03-8: two things a guest can try, one at a time. Each has one
# right outcome; the check looks for whichever you did. (a) a guest
# MRS of HCR_EL2 is undefined at EL1 and never reaches the hypervisor;
# (b) a HYP_CONSOLE_WRITE of 0x0b000000 makes the hypervisor itself
# fault, and it panics. Which one stage 2 would change, and how, is
# your answer: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp default)
if grep -q '^guest: back from mrs hcr_el2$' "$f"; then
	echo "(a): the guest reads HCR_EL2"
	grep -B 1 '^guest: back from mrs hcr_el2$' "$f" | head -n 1 |
		grep -q '^guest: undefined instruction at 0x[0-9a-f]* (ESR_EL1 0x02000000, EC 0x00); skipping it$'
	ex_result $? "the guest's own vector reports an undefined instruction (EC 0x00) just before, with no hyp: line between"
	grep -q '^guest: asking for PSCI SYSTEM_OFF$' "$f" && grep -q '^powering off$' "$f"
	ex_result $? "the guest goes on to its SYSTEM_OFF"
elif grep -q '^PANIC: unexpected exception at EL2' "$f"; then
	echo "(b): HYP_CONSOLE_WRITE from 0x0b000000"
	printf '%s\n' 'hyp: hvc 0xc6000002 HYP_CONSOLE_WRITE -> 0x30' \
		'PANIC: unexpected exception at EL2: synchronous, current EL with SP_EL2' \
		'~   ESR_EL2 0x[0-9a-f]{8}: EC 0x25 \(data abort from the current EL\).*' \
		'~ .*FAR_EL2 0x000000000b000000' 'powering off' >"$SCRATCH/want"
	missing=$(match_lines "$f" "$SCRATCH/want")
	ex_result $? "after the console write, the hypervisor's own data abort (EC 0x25) at FAR 0x0b000000, and a power off${missing:+: no line '$missing'}"
else
	echo "FAIL neither: no line 'guest: back from mrs hcr_el2' and no PANIC"
	tail -n 4 "$f" | sed 's/^/  | /'
	ex_fail=1
fi
[ $ex_fail = 0 ]
