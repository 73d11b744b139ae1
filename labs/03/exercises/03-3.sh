# Exercise 03-3: show the guest SVE, and hide AES. One right outcome:
# on -cpu max, with CPTR_EL2.TZ clear, the guest reads SVE 1 in
# ID_AA64PFR0_EL1 [35:32]; id_reg_sanitise(), called by gdb for
# ID_AA64ISAR0_EL1 with every bit set, hides AES [7:4] and nothing
# else. Not checked: what a hypervisor must do before it can honestly
# show SVE, the test you would add, and why the guest's probe does not
# notice.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp max,1,512M)
ex_result $? "the run powers off (-cpu max)"
v=$(sed -n 's/^guest: ID_AA64PFR0_EL1 = 0x\([0-9a-f]\{16\}\),.*/\1/p' "$f" | head -n 1)
[ -n "$v" ] && [ $(( (0x$v >> 32) & 0xf )) = 1 ]
ex_result $? "on -cpu max the guest reads SVE 1 (ID_AA64PFR0_EL1 = 0x${v:-?})"
out=$(run_gdb hyp exercises/03-3.gdb)
echo "$out" | grep -q '^ISAR0 hidden: 0xf0$'
ex_result $? "ID_AA64ISAR0_EL1: AES [7:4] hidden, nothing else ($(echo "$out" | grep -o 'ISAR0 hidden: .*' || echo 'gdb: no answer'))"
echo "not checked: your change to tests/test_sysreg.c (the grader runs its own copy, which expects ID_AA64ISAR0_EL1 whole), your answers"
[ $ex_fail = 0 ]
