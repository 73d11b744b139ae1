#!/usr/bin/env bash
# Boot one image in QEMU and compare its console with an expected file.
#
#   boot-test.sh NAME EXPECT_FILE -- QEMU COMMAND...
#
# Every console line must match the expected line at the same position:
# a line is compared literally, unless it starts with "~ ", in which case
# the rest is an extended regular expression that must match the whole
# line. QEMU must also power off by itself (exit 0) within BOOT_TIMEOUT
# seconds. Prints "PASS NAME" or "FAIL NAME" with the reason, the first
# line that differs and the console (its start and end, if it is long);
# exits 0 or 1 to match. With
# BOOT_CONSOLE=file, the console is also kept in that file.
#
# With BOOT_INPUT=file, the console's input is typed from that file, one
# line each: "< REGEX" waits until a console line after the one the
# previous wait matched matches too (an extended regular expression; the
# line being written counts, so a prompt can be waited for); "> TEXT"
# types TEXT and Enter. Otherwise the input is empty (/dev/null).
set -u
name=$1 expect=$2
shift 3
timeout_s=${BOOT_TIMEOUT:-20}

console=$(mktemp) errors=$(mktemp)
trap 'rm -f "$console" "$errors"' EXIT

# Type INPUT_FILE into the console as it asks; then keep QEMU's input
# open (at its end QEMU would stop reading) until the file $done exists.
feed() {
	local line n seen=0 end=$((SECONDS + timeout_s))
	while IFS= read -r line; do
		case $line in
		'< '*)
			until n=$(tr -d '\r' <"$console" | tail -n +$((seen + 1)) |
				  grep -n -m 1 -E -- "${line:2}" | cut -d: -f1) &&
			      [ -n "$n" ]; do
				[ $SECONDS -lt $end ] || break 2
				sleep 0.2
			done
			seen=$((seen + n)) ;;
		'> '*)
			printf '%s\n' "${line:2}" ;;
		esac
	done <"$BOOT_INPUT"
	until [ -e "$done" ]; do sleep 0.2; done
}

if [ -n "${BOOT_INPUT:-}" ]; then
	fifo=$(mktemp -u) done=$(mktemp -u)
	mkfifo "$fifo"
	trap 'rm -f "$console" "$errors" "$fifo" "$done"' EXIT
	feed >"$fifo" &
	feeder=$!
	timeout --kill-after=5 "$timeout_s" "$@" <"$fifo" >"$console" 2>"$errors"
	rc=$?
	touch "$done"
	wait "$feeder"
else
	timeout --kill-after=5 "$timeout_s" "$@" </dev/null >"$console" 2>"$errors"
	rc=$?
fi
sed -i 's/\r$//' "$console"
[ -n "${BOOT_CONSOLE:-}" ] && cp "$console" "$BOOT_CONSOLE"

cmd="$*"
mapfile -t want <"$expect"
mapfile -t got <"$console"

# The first expected line the console does not match, if any.
first_difference() {
	local i w g
	for i in "${!want[@]}"; do
		w=${want[$i]}
		if [ "$i" -ge "${#got[@]}" ]; then
			echo "console ended before expected line $((i + 1)): '$w'"
			return
		fi
		g=${got[$i]}
		if [ "${w:0:2}" = "~ " ]; then
			[[ $g =~ ^(${w:2})$ ]] && continue
		else
			[ "$g" = "$w" ] && continue
		fi
		echo "line $((i + 1)) differs
     expected: $w
     got:      $g"
		return
	done
	if [ "${#got[@]}" -gt "${#want[@]}" ]; then
		echo "unexpected extra output from line $((${#want[@]} + 1)): '${got[${#want[@]}]}'"
	fi
}

fail() {
	local n=${#got[@]}
	echo "FAIL $name: $1"
	if [ "$n" -eq 0 ]; then
		echo "     (the console is empty: the image stopped before its first"
		echo "     line; 'make debug' and gdb show where)"
	else
		echo "     ---- console ----"
		if [ "$n" -le 80 ]; then
			sed 's/^/     | /' "$console"
		else	# a runaway loop: its start and its end are what matter
			head -n 40 "$console" | sed 's/^/     | /'
			echo "     | ... $((n - 70)) lines left out ..."
			tail -n 30 "$console" | sed 's/^/     | /'
		fi
		echo "     ---- end ----"
	fi
	if [ -s "$errors" ]; then
		echo "     ---- QEMU's stderr ----"
		sed 's/^/     | /' "$errors"
	fi
	echo "     command: $cmd"
	exit 1
}

diff_line=$(first_difference)
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
	fail "QEMU did not power off within ${timeout_s}s (hung?)${diff_line:+; $diff_line}"
fi
[ $rc -eq 0 ] || fail "QEMU exited with status $rc${diff_line:+; $diff_line}"
[ -z "$diff_line" ] || fail "$diff_line"
echo "PASS $name"
