# Exercise 03-4: route the guest's debug exceptions to EL2. One right
# outcome: MDCR_EL2.TDE set as the guest starts, with HPMN still
# PMCR_EL0.N (read through gdb); the guest's BRK #0x42 reaches the
# hypervisor, which has no handler for EC 0x3c and stops the guest
# with its registers. The answers to the page's questions about the
# dump are yours: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/03-4.gdb)
echo "$out" | grep -q '^TDE 1, HPMN is PMCR_EL0.N: 1$'
ex_result $? "MDCR_EL2.TDE (bit 8) set as the guest starts, HPMN kept"
f=$(boot_console hyp default)
ex_result $? "the run powers off"
printf '%s\n' 'guest: back from the undefined instruction' \
	'hyp: stopping the guest: a trap this hypervisor has no handler for' \
	'  ESR_EL2 0xf2000042: EC 0x3c (BRK in AArch64), IL 1, ISS 0x0000042' \
	'~   ELR_EL2 0x[0-9a-f]{16} SPSR_EL2 0x[0-9a-f]{13}3c5 SP 0x[0-9a-f]{16}' 'powering off' >"$SCRATCH/want"
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "after step 4, BRK #0x42 stops the guest at EL2 with EC 0x3c and a dump${missing:+: no line '${missing# *}'}"
! grep -q '^guest: unexpected exception, ESR_EL1 0xf2000042' "$f"
ex_result $? "the guest's own vector no longer sees it"
[ $ex_fail = 0 ]
