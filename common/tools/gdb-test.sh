#!/usr/bin/env bash
# Check `make debug` end to end: QEMU waits on its gdb stub, gdb-multiarch
# runs the chapter's own build/gdbinit (with a free port), stops at main
# and reads the program counter, and the two registers boot.S put in a
# known state before main: SCTLR_EL2 = its RES1 bits only (0x30c50830:
# MMU, caches and alignment checks off, little-endian) and HCR_EL2 = RW
# only (0x80000000: E2H and TGE 0). QEMU resets both to 0, so a boot.S
# that forgot either write fails here. Run from the chapter directory.
set -u
name=$1
# A free port for QEMU's gdb stub: none that something already listens on.
port=$((20000 + RANDOM % 20000))
while ss -ltn 2>/dev/null | grep -q ":$port "; do
	port=$((20000 + RANDOM % 20000))
done
init=$(mktemp) log=$(mktemp)
trap 'rm -f "$init" "$log"; [ -n "${qpid:-}" ] && kill "$qpid" 2>/dev/null' EXIT

sed "s/localhost:[0-9]*/localhost:$port/" build/gdbinit >"$init"
# shellcheck disable=SC2086
$QEMU -M "$QEMU_MACHINE" -cpu "$QEMU_CPU" -smp "$QEMU_SMP" -m "$QEMU_MEM" \
	-nographic -nic none $QEMU_EXTRA \
	-kernel "$ELF" -S -gdb "tcp::$port" </dev/null >/dev/null 2>&1 &
qpid=$!
for _ in $(seq 50); do	# wait up to 5 s for the stub to listen
	ss -ltn 2>/dev/null | grep -q ":$port " && break
	sleep 0.1
done

timeout 30 "$GDB" -q -batch -nx -x "$init" -ex continue -ex 'info registers pc' \
	-ex 'printf "SCTLR_EL2 0x%lx\n", $SCTLR_EL2' -ex 'printf "HCR_EL2 0x%lx\n", $HCR_EL2' \
	-ex 'kill' >"$log" 2>&1
if grep -q '^Breakpoint 1, main ' "$log" && grep -q '^pc .*<main' "$log" &&
	grep -q '^SCTLR_EL2 0x30c50830$' "$log" && grep -q '^HCR_EL2 0x80000000$' "$log"; then
	echo "PASS $name"
	exit 0
fi
echo "FAIL $name"
sed 's/^/     | /' "$log"
exit 1
