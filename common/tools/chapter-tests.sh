#!/usr/bin/env bash
# Run every test of one chapter; called by `make test` in the chapter with
# the build settings in the environment. One line per test: PASS or FAIL.
set -u
tools=$(cd "$(dirname "$0")" && pwd)
passed=0 failed=0

record() { if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

qemu_cmd() { # cpu smp mem image
	echo "$QEMU -M $QEMU_MACHINE -cpu $1 -smp $2 -m $3 -nographic -nic none $QEMU_EXTRA -kernel $4"
}

# 1. The chapter's image on the default machine and on every variant.
#    A guest with a shell gets its input typed from tests/boot.input.
#    An image that hangs on the default machine is not waited on again.
input=
[ -f tests/boot.input ] && input=tests/boot.input
console=build/boot.console      # the default machine's, kept for 4c
hung=""
for v in "$QEMU_CPU,$QEMU_SMP,$QEMU_MEM" $QEMU_VARIANTS; do
	IFS=, read -r cpu smp mem <<<"$v"
	if [ -n "$hung" ]; then
		echo "FAIL $CHAPTER boot ($cpu, smp $smp, $mem): not run, the image hangs on the default machine"
		record 1
		continue
	fi
	# shellcheck disable=SC2046
	out=$(BOOT_INPUT=$input BOOT_CONSOLE=$console "$tools/boot-test.sh" \
		"$CHAPTER boot ($cpu, smp $smp, $mem)" tests/boot.expect \
		-- $(qemu_cmd "$cpu" "$smp" "$mem" "$ELF"))
	ok=$?
	echo "$out"
	record $ok
	case $out in *"did not power off within"*) hung=yes ;; esac
	console=/dev/null
done

# 2. Extra images built for one test each (-DTEST_X), on the default
#    machine or on the one tests/X.machine names (cpu,smp,mem). Each must
#    print tests/X.expect or, an image that should boot exactly as the
#    chapter does (the E2H test), tests/boot.expect; with the input that
#    tests/X.input (or then tests/boot.input) types, if there is one.
for t in $TEST_IMAGES; do
	expect=tests/$t.expect input=tests/$t.input
	[ -f "$expect" ] || { expect=tests/boot.expect; input=tests/boot.input; }
	[ -f "$input" ] || input=
	m="$QEMU_CPU,$QEMU_SMP,$QEMU_MEM" on=""
	if [ -f "tests/$t.machine" ]; then
		m=$(cat "tests/$t.machine")
		on=" (${m%%,*})"
	fi
	IFS=, read -r cpu smp mem <<<"$m"
	# shellcheck disable=SC2046
	BOOT_INPUT=$input "$tools/boot-test.sh" "$CHAPTER $t$on" "$expect" \
		-- $(qemu_cmd "$cpu" "$smp" "$mem" "build/hyp-$t.elf")
	record $?
done

# The same machine without virtualization=on: no EL2, the CPU starts at EL1.
native=$(echo "$QEMU_MACHINE" | sed 's/virtualization=on,\{0,1\}//; s/,$//')

# 3. Test guests: the hypervisor carrying another raw image each. The
#    hostile ones (hostile-*) end with "NAME: X of Y contained", or, for
#    a guest the hypervisor has to stop, with its stopping it.
#    A guest that needs a CPU feature names its machine (cpu,smp,mem) in
#    tests/guests/NAME.machine.
tried=0 held=0
for g in $TEST_GUESTS; do
	m="$QEMU_CPU,$QEMU_SMP,$QEMU_MEM"
	[ -f "tests/guests/$g.machine" ] && m=$(cat "tests/guests/$g.machine")
	IFS=, read -r cpu smp mem <<<"$m"
	# shellcheck disable=SC2046
	BOOT_CONSOLE="build/tg-$g.console" "$tools/boot-test.sh" "$CHAPTER guest $g ($cpu)" \
		"tests/guests/$g.expect" \
		-- $(qemu_cmd "$cpu" "$smp" "$mem" "build/hyp-tg-$g.elf")
	ok=$?
	record $ok
	case $g in hostile-*) ;; *) continue ;; esac
	# The suite's last line, "NAME: X of Y contained", counts only if the
	# whole run was as expected (it powered off, nothing else differed);
	# otherwise every case its .expect file lists is tried, none held.
	line=$(grep -a "^$g: [0-9]* of [0-9]* contained$" "build/tg-$g.console")
	want=$(grep -a "^$g: [0-9]* of [0-9]* contained$" "tests/guests/$g.expect")
	if [ $ok -eq 0 ] && [ -n "$line" ]; then
		set -- $line
		held=$((held + $2)) tried=$((tried + $4))
	elif [ -n "$want" ]; then
		set -- $want
		tried=$((tried + $4))
	else	# a suite of one case, ended by the hypervisor (hostile-spin)
		tried=$((tried + 1))
		[ $ok -eq 0 ] && held=$((held + 1))
	fi
done
if [ $tried -gt 0 ]; then
	if [ $held -eq $tried ]; then
		echo "PASS $CHAPTER hostile guests: $held of $tried cases contained"
		record 0
	else
		echo "FAIL $CHAPTER hostile guests: $held of $tried cases contained"
		record 1
	fi
fi

# 4. A guest of its own (GUEST_DIR): alone on the bare board it must print
#    what tests/native.expect says, and the same lines as under the
#    hypervisor but for the one where it says what it detected.
if [ -n "$GUEST_ELF" ]; then
	# shellcheck disable=SC2046
	"$tools/boot-test.sh" "$CHAPTER guest on the bare board (-M $native)" tests/native.expect \
		-- $(qemu_cmd "$QEMU_CPU" "$QEMU_SMP" "$QEMU_MEM" "$GUEST_ELF" | sed "s/-M [^ ]*/-M $native/")
	record $?
	# shellcheck disable=SC2046
	"$tools/native-compare.sh" "$CHAPTER guest: same lines natively and virtualized" \
		"$(qemu_cmd "$QEMU_CPU" "$QEMU_SMP" "$QEMU_MEM" "$GUEST_ELF" | sed "s/-M [^ ]*/-M $native/")" \
		"$(qemu_cmd "$QEMU_CPU" "$QEMU_SMP" "$QEMU_MEM" "$ELF")"
	record $?
fi

# 4b. The interface a user has for that: `make run GUEST=file.bin`, with
#     the first test guest's raw image. Then the usual guest is put back.
if [ -n "$GUEST_ELF" ] && [ -n "$TEST_GUESTS" ]; then
	g=${TEST_GUESTS%% *}
	case " $TEST_GUESTS " in *" mini "*) g=mini ;; esac
	"$tools/boot-test.sh" "$CHAPTER make run GUEST=build/tg-$g.bin" "tests/guests/$g.expect" \
		-- make -s --no-print-directory run GUEST="build/tg-$g.bin"
	record $?
	make -s --no-print-directory all >/dev/null 2>&1
fi

# 4c. A guest that QEMU can boot by itself (an operating system, `make
#     run-native`): natively it must print what tests/native.expect says,
#     and its /init the same lines ("init: ...") as under the hypervisor.
if [ -z "$GUEST_ELF" ] && [ -f tests/native.expect ]; then
	BOOT_INPUT=$input BOOT_CONSOLE=build/native.console "$tools/boot-test.sh" \
		"$CHAPTER the same guest on the bare board (make run-native)" \
		tests/native.expect -- make -s --no-print-directory run-native
	record $?
	name="$CHAPTER guest: same /init lines natively and virtualized"
	if [ "$(grep -ac '^init: ' build/boot.console)" -gt 0 ] &&
	   diff -u --label native --label virtualized <(grep -a '^init: ' build/native.console) \
		<(grep -a '^init: ' build/boot.console) >build/native.diff; then
		echo "PASS $name ($(grep -ac '^init: ' build/boot.console) lines)"
		record 0
	else
		echo "FAIL $name"
		sed 's/^/     | /' build/native.diff
		record 1
	fi
fi

# 5. Without virtualization=on the CPU starts at EL1: the chapter must say
#    it needs EL2 and power off all the same.
if [ -f tests/no-el2.expect ]; then
	# shellcheck disable=SC2046
	"$tools/boot-test.sh" "$CHAPTER without EL2 (-M $native)" tests/no-el2.expect \
		-- $(qemu_cmd "$QEMU_CPU" "$QEMU_SMP" "$QEMU_MEM" "$ELF" | sed "s/-M [^ ]*/-M $native/")
	record $?
fi

# 6. Host unit tests.
for t in $HOST_TESTS; do
	if out=$("$t" 2>&1); then
		echo "PASS $CHAPTER host $(basename "$t"): $(echo "$out" | tail -n 1)"
		record 0
	else
		echo "FAIL $CHAPTER host $(basename "$t")"
		echo "$out" | sed 's/^/     | /'
		record 1
	fi
done

# 6b. Fuzz tests: a short, fixed number of runs from a fixed seed.
for f in $FUZZ_TESTS; do
	if out=$("$f" -runs="$FUZZ_RUNS" -seed=1 -artifact_prefix="$f-" 2>&1); then
		echo "PASS $CHAPTER fuzz $(basename "$f"): $FUZZ_RUNS inputs"
		record 0
	else
		echo "FAIL $CHAPTER fuzz $(basename "$f")"
		echo "$out" | tail -n 30 | sed 's/^/     | /'
		record 1
	fi
done

# 7. The debugger: gdb attaches to QEMU's stub, stops at main, reads pc.
"$tools/gdb-test.sh" "$CHAPTER debug (gdb stops at main)"
record $?

# 8. The doc's generated parts match the code: the output of commands it
#    shows (real runs) and "Diff to previous". The top-level `make test`
#    asks for this (CHECK_DOCS=yes); in a chapter, while you change its
#    code, the docs are expected to lag until `make docs`.
if [ "${CHECK_DOCS:-no}" = yes ]; then
	docs_check() { # WHAT COMMAND...: PASS or FAIL "docs: WHAT"
		local what=$1 out
		shift
		if out=$("$@" 2>&1); then
			echo "PASS $CHAPTER docs: $what"
			record 0
		else
			echo "FAIL $CHAPTER docs: $out"
			record 1
		fi
	}
	docs_check "shown output matches a real run" \
		"$tools/doc-output.sh" --check "docs/$CHAPTER.md"
	if "$tools/doc-diff.sh" --has-previous "$CHAPTER"; then
		docs_check "Diff to previous is up to date" \
			"$tools/doc-diff.sh" --check "$CHAPTER"
	fi
fi

echo "$CHAPTER: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
