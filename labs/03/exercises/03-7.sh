# Exercise 03-7: lose a register. The questions are open-ended, and this
# check cannot tell your answers or which instruction you found. It
# tells whether your vectors.S, once you put the lines back, restores
# every register the guest had: gdb changes x2-x28 in the trap frame
# of a hypercall, and the guest must find those values after its HVC
# (which the run's own register check, blind to x19-x28, cannot see).
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp default)
grep -q '^guest: x1-x28 as they were after a null hypercall$' "$f"
ex_result $? "the guest's own register check passes"
out=$(run_gdb hyp exercises/03-7.gdb)
bad=$(echo "$out" | grep '^x[0-9]* ' | awk '$2 != $3 { print $1 }' | tr '\n' ' ')
[ -z "$bad" ] && [ "$(echo "$out" | grep -c '^x[0-9]* ')" = 27 ]
ex_result $? "x2-x28 as the trap frame said, back in the guest${bad:+ (not: $bad)}"
echo "not checked: your answers (AAPCS64, why x19-x28 are saved anyway)"
[ $ex_fail = 0 ]
