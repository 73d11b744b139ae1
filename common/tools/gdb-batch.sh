#!/usr/bin/env bash
# `make debug` and `make gdb` in one command, for a gdb session that runs
# to its end by itself: QEMU starts the chapter's image halted, with its
# gdb stub on a free port; gdb-multiarch loads the symbols, connects,
# stops at main (the chapter's build/gdbinit), then runs the commands
# given; QEMU is stopped when gdb is done.
#
#   common/tools/gdb-batch.sh CHAPTER [IMAGE] -- GDB ARGUMENTS...
#
# IMAGE is an ELF in CHAPTER/build (default hyp.elf). Example:
#   common/tools/gdb-batch.sh 02-exceptions -- -ex 'break handle_exception' \
#       -ex continue -ex 'p/x tf->elr'
set -u
[ $# -ge 2 ] || { sed -n '2,13s/^# \{0,1\}//p' "$0" >&2; exit 2; }
ch=${1%/}
shift
image=hyp.elf
if [ "$1" != "--" ]; then
	image=$1
	shift
fi
[ "${1:-}" = "--" ] && shift
cd "$(dirname "$0")/../../$ch" || exit 1
[ -f "build/$image" ] || { echo "no $ch/build/$image: run make -C $ch first" >&2; exit 1; }

# The machine of `make run` (common/qemu.mk), as make prints it.
qemu=$(make -s --no-print-directory -n run RUN_TIMEOUT=0 | grep -m 1 -- '-kernel')
qemu=${qemu% -kernel *}

# A free port for QEMU's gdb stub: none that something already listens on.
port=$((20000 + RANDOM % 20000))
while ss -ltn 2>/dev/null | grep -q ":$port "; do
	port=$((20000 + RANDOM % 20000))
done
init=$(mktemp)
trap 'rm -f "$init"; [ -n "${qpid:-}" ] && kill "$qpid" 2>/dev/null' EXIT
make -s --no-print-directory build/gdbinit >/dev/null
sed "s|^file .*|file build/$image|; s/localhost:[0-9]*/localhost:$port/" build/gdbinit >"$init"

$qemu -kernel "build/$image" -S -gdb "tcp::$port" </dev/null >/dev/null 2>&1 &
qpid=$!
for _ in $(seq 50); do	# wait up to 5 s for the stub to listen
	ss -ltn 2>/dev/null | grep -q ":$port " && break
	sleep 0.1
done
timeout 60 gdb-multiarch -q -batch -nx -x "$init" "$@" -ex kill 2>&1 |
	grep -v -e '^Kill the program being debugged' -e '^\[Inferior 1 (process 1) killed\]'
