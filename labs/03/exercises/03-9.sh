# Exercise 03-9: reset the board. One right outcome: the PSCI test
# image's guest asks for SYSTEM_RESET and the firmware resets the
# machine, so the hypervisor boots again and again until stopped; with
# -no-reboot QEMU exits at the reset instead. Which answer is right for
# one guest and for two: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp-psci.elf 2>&1); then
	echo "FAIL build/hyp-psci.elf does not build:"; echo "$out" | head -n 10; return 1
fi
# a boot of this image takes a second or more: wait for three
LAB_TIMEOUT=$((LAB_TIMEOUT * 3))
f=$(boot_console psci default)
rc=$?
n=$(grep -c '^hello hypervisor$' "$f")
[ "$rc" = 1 ] && [ "$n" -ge 2 ]
ex_result $? "make run-psci boots again and again ($n boots in ${LAB_TIMEOUT}s, $([ "$rc" = 1 ] && echo 'still running' || echo 'QEMU exited'))"
out=$(cd "$SCRATCH/$CHAPTER" && timeout --kill-after=2 "$LAB_TIMEOUT" $(qemu_cmd default psci) -no-reboot </dev/null 2>&1 | tr -d '\r')
rc=$?
n=$(echo "$out" | grep -c '^hello hypervisor$')
[ "$rc" = 0 ] && [ "$n" = 1 ] && ! echo "$out" | grep -q '^powering off$'
ex_result $? "with -no-reboot, QEMU exits at the reset, after one boot and no power off"
[ $ex_fail = 0 ]
