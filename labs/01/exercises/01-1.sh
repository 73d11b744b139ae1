# Exercise 01-1: MPIDR_EL1 and CNTFRQ_EL0 printed. The values are the
# same on every machine the tests use; the wording of the lines is
# yours, so only the numbers are checked, anywhere in the console.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp default)
grep -q -i '0x0*80000000' "$f"; ex_result $? "a line shows MPIDR_EL1 = 0x80000000 (RES1 bit 31, affinity 0.0.0)"
grep -q '62500000' "$f"; ex_result $? "a line shows CNTFRQ_EL0 = 62500000 Hz"
f=$(boot_console hyp cortex-a53,4,2G)
grep -q -i '0x0*80000000' "$f"; ex_result $? "the same with 4 CPUs (the boot CPU is still 0.0.0)"
echo "not checked: that the fields are named in sysregs.h (read the diff)"
[ $ex_fail = 0 ]
