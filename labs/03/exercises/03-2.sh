# Exercise 03-2: trap WFE too. One right outcome: HCR_EL2.TWE set as
# the guest starts (read through gdb) and named in the HCR_EL2 line;
# the guest's SEVL, WFE, WFE after its WFI; and, on QEMU, which never
# waits in WFE, "back from WFE" right after "back from WFI".
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/03-2.gdb)
echo "$out" | grep -q '^TWE 1 TWI 1$'
ex_result $? "HCR_EL2.TWE (bit 14) is set as the guest starts, TWI still"
f=$(boot_console hyp default)
ex_result $? "the run powers off"
grep -E -q '^hyp: HCR_EL2 = 0x807c6020 \((.* )?TWE( .*)?\)$' "$f"
ex_result $? "the HCR_EL2 line reads 0x807c6020 (cortex-a72) and names TWE"
grep -A 1 '^guest: back from WFI$' "$f" | grep -q '^guest: back from WFE$'
ex_result $? "'guest: back from WFE' follows 'guest: back from WFI', with no line between"
(cd "$SCRATCH/$CHAPTER" && aarch64-linux-gnu-objdump -d build/hyp.elf) |
	awk '{ print $3 }' | grep -A 2 '^sevl$' | tr '\n' ' ' | grep -q 'sevl wfe wfe'
ex_result $? "the guest executes SEVL, WFE, WFE"
echo "not checked: the trap itself (QEMU never traps a WFE), and your answer to the question"
[ $ex_fail = 0 ]
