# Exercise 04-6: move the guest. One right outcome: the guest's RAM at PA
# 0x46000000 and its read-only page at 0x46200000 (read from the stage-2
# tables through gdb), the guest's image really there, the guest's run
# unchanged but for the PA its step 7 probes. The answers about the
# highest PA and 64 MiB: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/04-6.gdb)
echo "$out" | grep -q '^0x40000000: PA 0x46000000$' && echo "$out" | grep -q '^0x40200000: PA 0x46200000$'
ex_result $? "stage 2: IPA 0x40000000 -> PA 0x46000000, IPA 0x40200000 -> PA 0x46200000"
echo "$out" | grep -q '^image at the PA: 1$'
ex_result $? "the guest's image is at PA 0x46000000"
f=$(boot_console hyp default)
ex_result $? "the run powers off"
printf '%s\n' '~ hyp: guest image, [0-9]+ bytes, copied to PA 0x46000000' \
	'hyp: stage 2: IPA 0x40000000-0x401fffff -> PA 0x46000000 rwx guest RAM' \
	'hyp: stage 2: IPA 0x40200000-0x40200fff -> PA 0x46200000 r-- read-only page' \
	'guest: the read-only page says "written by the hypervisor, read-only for the guest"' \
	'~ hyp: stage-2 fault: 4-byte read at IPA 0x46000000, FSC 0x06 .*' \
	'guest: the load from 0x46000000 left its register at 0x0' \
	'~ hyp: the guest asked for PSCI SYSTEM_OFF \(5 reports of misbehaviour\)' 'powering off' >"$SCRATCH/want"
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "the run as before, the new PA in its lines${missing:+: no line '$missing'}"
echo "not checked: the highest GUEST_RAM_PA, and what 64 MiB does"
[ $ex_fail = 0 ]
