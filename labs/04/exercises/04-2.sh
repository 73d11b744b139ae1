# Exercise 04-2: a second read-only page. One right outcome: IPA
# 0x40201000 maps PA 0x44201000, read-only, normal memory,
# execute-never, with no new table (4 in use); the guest's load there
# no longer faults and gets the word you put at the start of the page
# (read through gdb at PA 0x44201000). The answers to the page's
# questions, and the hostile guests you moved (the grader runs its
# own), are not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
if ! out=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" build/hyp.elf 2>&1); then
	echo "FAIL the chapter does not build:"; echo "$out" | head -n 10; return 1
fi
out=$(run_gdb hyp exercises/04-2.gdb)
echo "$out" | grep -q '^0x40201000: PA 0x44201000 MemAttr 0xf S2AP 1 XN 1$'
ex_result $? "IPA 0x40201000 maps PA 0x44201000: normal, read-only, execute-never"
echo "$out" | grep -q '^tables 4$'
ex_result $? "still 4 table pages in use"
word=$(echo "$out" | sed -n 's/^word 0x//p')
f=$(boot_console hyp default)
ex_result $? "the run powers off"
grep -q '^hyp: stage 2: IPA 0x40201000-0x40201fff -> PA 0x44201000 r-- ' "$f"
ex_result $? "the stage-2 line for the new page"
! grep -q 'at IPA 0x40201000' "$f"
ex_result $? "no stage-2 fault at IPA 0x40201000"
[ -n "$word" ] && grep -q "^guest: IPA 0x40201000 holds 0x0*$word\$" "$f"
ex_result $? "the guest reads the word at the page's start (0x${word:-?})"
echo "not checked: your answers, and the hostile guests you moved"
[ $ex_fail = 0 ]
