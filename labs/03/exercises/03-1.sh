# Exercise 03-1: HYP_ADD. One right outcome: the call is logged by the
# hypervisor with 42 for 40 + 2, the guest prints 42, and any two
# numbers put in a call's x1 and x2 (here, through gdb, 1000 and 234)
# come back added. The wording of your guest line is yours: only the
# number is looked for.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp default)
ex_result $? "the run powers off"
printf '%s\n' 'hyp: hvc 0xc6000003 HYP_ADD -> 0x2a' '~ guest: .*[^0-9]42([^0-9].*)?' 'powering off' >"$SCRATCH/want"
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "the hypervisor logs HYP_ADD -> 0x2a, then a guest line shows 42${missing:+ (no line '$missing')}"
out=$(run_gdb hyp exercises/03-1.gdb)
echo "$out" | grep -q '^HYP_ADD 1000 234 -> 1234$'
ex_result $? "HYP_ADD with 1000 and 234, put in by gdb, returns 1234"
echo "not checked: tests/test_hypercall.c, which is yours to change (the grader runs its own copy)"
[ $ex_fail = 0 ]
