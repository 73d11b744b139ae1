# Exercise 04-3: execute the read-only page. One right outcome: the
# fetch from IPA 0x40200000 is refused by stage 2 (a permission fault:
# the page is XN) and the guest gets a prefetch abort, which it does not
# handle; it powers off without its own step 9. Your decoding of the
# ESR and the answer about ELR_EL1: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
f=$(boot_console hyp default)
ex_result $? "the run powers off"
printf '%s\n' 'guest: both UART accesses were refused' \
	'hyp: stage-2 fault: instruction fetch at VA 0x40200000, FSC 0x0f (permission fault, level 3) -> prefetch abort injected' \
	'~ guest: unexpected exception, ESR_EL1 0x86000010 at 0x40200000.*' \
	'~ hyp: the guest asked for PSCI SYSTEM_OFF \(6 reports of misbehaviour\)' 'powering off' >"$SCRATCH/want"
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "the fetch refused, a prefetch abort in the guest, 6 reports${missing:+: no line '$missing'}"
! grep -q '^guest: asking for PSCI SYSTEM_OFF$' "$f"
ex_result $? "the guest's own step 9 does not run"
echo "not checked: your decoding of 0x86000010, and the answer about ELR_EL1"
[ $ex_fail = 0 ]
