#!/usr/bin/env bash
# `make run`: QEMU, stopped with a message if it has not powered off
# within SECONDS. A hypervisor that hangs prints nothing more; without
# this, it would look like one that is still busy.
#
#   run-timeout.sh SECONDS QEMU COMMAND...
set -u
t=$1
shift
timeout --foreground --kill-after=2 "$t" "$@"
rc=$?
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
	echo >&2
	echo "make run: QEMU did not power off within $t s: the image hung." >&2
	echo "  'make debug' and 'make gdb' show where; RUN_TIMEOUT=0 waits for ever." >&2
fi
exit $rc
