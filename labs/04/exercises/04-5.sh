# Exercise 04-5: byte writes to UARTDR. One right outcome: the emulated
# UART (its callbacks, called by gdb once the guest has printed) takes
# a 1-byte write at offset 0 and still refuses other widths there and
# bytes anywhere else; the guest's byte store goes through, and the
# count falls to 4. Your host test and the changed hostile guest: not
# checked (the grader runs its own copies); the answer to "why there":
# not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/04-5.gdb)
echo "$out" | grep -q '^byte to UARTDR: 0$'
ex_result $? "a 1-byte write to UARTDR is emulated"
[ "$(echo "$out" | grep -c -e '^halfword to UARTDR refused: 1$' -e '^byte to UARTCR refused: 1$' -e '^byte read of UARTDR refused: 1$')" = 3 ]
ex_result $? "a 2-byte write to UARTDR, a byte write to UARTCR and a byte read of UARTDR still refused"
f=$(boot_console hyp default)
ex_result $? "the run powers off"
! grep -q '1-byte write at IPA 0x09000000' "$f"
ex_result $? "no stage-2 fault report for the guest's byte store"
printf '%s\n' '!guest: both UART accesses were refused' \
	'~ hyp: the guest asked for PSCI SYSTEM_OFF \(4 reports of misbehaviour\)' 'powering off' >"$SCRATCH/want"
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "the '!' on the console, 4 reports${missing:+: no line '$missing'}"
[ $ex_fail = 0 ]
