# Exercise 06-6: break the level interrupt. One right outcome for the
# check: the grader's own tests/test_vgic.c fails, in test_level() and
# nowhere else. What you see in /proc/interrupts, and why Linux does
# not mind: not checked.
ex_result() { if [ "$1" = 0 ]; then echo "PASS $2"; else echo "FAIL $2"; ex_fail=1; fi; }
ex_fail=0
t=$SCRATCH/$CHAPTER/build/lab-host/test_vgic
mkdir -p "$(dirname "$t")"
if ! out=$(cd "$SCRATCH/$CHAPTER" && cc -std=c11 -g -O1 -I. -I../common -I../common/tests \
	   tests/test_vgic.c -o "$t" 2>&1); then
	echo "FAIL tests/test_vgic.c does not compile with your vgic.c:"; echo "$out" | head -n 8; return 1
fi
out=$(cd "$SCRATCH/$CHAPTER" && "$t" 2>&1)
# the lines of test_level() in the grader's copy of the test
range=$(awk '/^static void test_level\(/ { s = NR } s && !e && NR > s && /^}/ { e = NR } END { print s, e }' \
	"$SCRATCH/$CHAPTER/tests/test_vgic.c")
read -r first last <<<"$range"
failed=$(echo "$out" | sed -n 's/^tests\/test_vgic.c:\([0-9]*\): check failed.*/\1/p')
[ -n "$failed" ]
ex_result $? "test_vgic fails"
inside=yes
for l in $failed; do [ "$l" -ge "$first" ] && [ "$l" -le "$last" ] || inside=no; done
[ -n "$failed" ] && [ $inside = yes ]
ex_result $? "only in test_level() (lines $first-$last): $(echo $failed | tr ' ' ',')"
echo "not checked: the UART's count in /proc/interrupts, and why Linux does not mind a few extra interrupts"
[ $ex_fail = 0 ]
