# Exercise 03-5: let the SMC through. One right outcome: HCR_EL2.TSC
# clear as the guest starts (read through gdb), the HCR_EL2 line
# without TSC, no "hyp: smc" line, and the guest still gets 0x10001,
# now from QEMU's firmware. Your answer to the question: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/03-5.gdb)
echo "$out" | grep -q '^TSC 0 RW 1 TID3 1 TWI 1$'
ex_result $? "HCR_EL2.TSC (bit 19) clear as the guest starts, RW, TID3 and TWI still set"
f=$(boot_console hyp default)
ex_result $? "the run powers off"
grep -q '^hyp: HCR_EL2 = 0x80742020 (RW TID3 TWI AMO TIDCP TACR TSW)$' "$f"
ex_result $? "the HCR_EL2 line reads 0x80742020 (RW TID3 TWI AMO TIDCP TACR TSW) (cortex-a72)"
! grep -q '^hyp: smc ' "$f"
ex_result $? "no 'hyp: smc' line: the hypervisor never sees the SMC"
grep -q '^guest: SMC PSCI_VERSION returned 0x10001$' "$f"
ex_result $? "the guest still gets PSCI_VERSION 0x10001"
[ $ex_fail = 0 ]
