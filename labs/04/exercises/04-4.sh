# Exercise 04-4: more of the PL011. You choose UARTRSR/UARTECR or the ID
# registers; each has one right outcome, and this check asks the
# emulated UART itself (its read and write callbacks, called by gdb):
# the ID registers read 0x11 0x10 0x14 0x00 0x0d 0xf0 0x05 0xb1, as
# QEMU's PL011, and refuse writes and other widths; or UARTRSR reads as
# 0 and takes a write. For the ID registers, the guest's line is
# checked too. Your changes to the tests: not checked (the grader runs
# its own copy of them).
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/04-4.gdb)
f=$(boot_console hyp default)
ex_result $? "the run powers off"
ids=$(echo "$out" | sed -n 's/^ID [0-7]: 0 //p' | tr '\n' ' ')
rsr=$(echo "$out" | grep -c -e '^RSR read: 0 0x0$' -e '^RSR write: 0$' -e '^RSR byte read refused: 1$')
if [ -n "$ids" ]; then
	echo "(the ID registers)"
	[ "$ids" = "0x11 0x10 0x14 0x00 0x0d 0xf0 0x05 0xb1 " ]
	ex_result $? "0xfe0-0xffc read as 0x11 0x10 0x14 0x00 0x0d 0xf0 0x05 0xb1 (read: $ids)"
	[ "$(echo "$out" | grep -c -e '^ID write refused: 1$' -e '^ID 8-byte read refused: 1$' -e '^ID unaligned read refused: 1$')" = 3 ]
	ex_result $? "a write, an 8-byte read and an unaligned read of them refused"
	grep -q '^guest: UART ID registers: 0x11 0x10 0x14 0x00 0x0d 0xf0 0x05 0xb1$' "$f"
	ex_result $? "the guest prints them"
elif echo "$out" | grep -q '^RSR read: 0 '; then
	echo "(UARTRSR/UARTECR)"
	[ "$rsr" = 3 ]
	ex_result $? "0x004 reads as 0, takes a 4-byte write, refuses a byte read"
else
	echo "FAIL neither the ID registers nor UARTRSR are emulated"
	echo "$out" | grep -e '^ID 0' -e '^RSR read' | sed 's/^/  | /'
	ex_fail=1
fi
[ $ex_fail = 0 ]
