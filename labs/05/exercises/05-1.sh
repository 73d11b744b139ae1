# Exercise 05-1: forward a second timer. One right outcome: the guest's
# five ticks come from INTID 30, the EL1 physical timer, on the bare
# board and under the hypervisor alike; the hypervisor hands INTID 30 to
# the guest in a list register linked to physical INTID 30 (read through
# gdb). The answers to the page's questions: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
for i in 1 2 3 4 5; do echo "guest: tick $i (INTID 30, physical timer)"; done >"$SCRATCH/ticks"
{ echo 'guest: GIC on, INTID 30 enabled at priority 0xa0'; cat "$SCRATCH/ticks"; echo 'guest: 5 ticks, timer stopped'; } >"$SCRATCH/want"
f=$(boot_console native default)
missing=$(match_lines "$f" "$SCRATCH/want")
ex_result $? "on the bare board: five ticks of INTID 30, the physical timer${missing:+: no line '$missing'}"
f=$(boot_console hyp default)
{ echo 'hyp: vgic: the guest enables INTID 30 (group 1, priority 0xa0)'; cat "$SCRATCH/want"
  echo '~ hyp: the guest asked for PSCI SYSTEM_OFF after 5 virtual interrupts .*'; echo 'powering off'; } >"$SCRATCH/want.hyp"
missing=$(match_lines "$f" "$SCRATCH/want.hyp")
ex_result $? "under the hypervisor: the same five ticks, 5 virtual interrupts${missing:+: no line '$missing'}"
out=$(run_gdb hyp exercises/05-1.gdb)
echo "$out" | grep -q '^ICH_LR0_EL2: State 1 HW 1 pINTID 30 vINTID 30$'
ex_result $? "the first list register filled: pending, HW, physical and virtual INTID 30"
echo "not checked: your answers about CNTHCTL_EL2 and a second guest"
[ $ex_fail = 0 ]
