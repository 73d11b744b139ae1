# Exercise 05-6: a stage-1 fault belongs to the guest. One right outcome:
# with the alias block's access flag clear, the guest's read through it
# takes an access flag fault at level 1 (ESR_EL1 0x96000009) in its own
# vector, on the bare board and under the hypervisor alike, and the
# hypervisor sees nothing of it. Your decoding and the answer: not
# checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
printf '%s\n' '~ guest: at VA 0x800[0-9a-f]{5}: "guest: unexpected exception: ESR_EL1 0x96000009 at 0x[0-9a-f]+, FAR_EL1 0x800[0-9a-f]{5}.*' \
	'guest: PSCI SYSTEM_OFF' >"$SCRATCH/want"
f=$(boot_console native default)
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "on the bare board: an access flag fault (0x96000009) at the alias VA${missing:+: no line '$missing'}"
f=$(boot_console hyp default)
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "the same under the hypervisor${missing:+: no line '$missing'}"
! grep -q '^hyp: stage-2 fault' "$f" && grep -q '(0 reports of misbehaviour)$' "$f"
ex_result $? "no stage-2 fault, 0 reports: the hypervisor saw nothing"
[ $ex_fail = 0 ]
