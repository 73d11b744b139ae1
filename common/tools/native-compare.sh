#!/usr/bin/env bash
# Boot a guest on the bare board and under the hypervisor, and compare the
# guest's own lines ("guest: ..."). They must be the same but for the one
# in which the guest says what it detected ("no hypervisor" natively,
# "a hypervisor answers" virtualized).
#
#   native-compare.sh NAME "NATIVE QEMU COMMAND" "VIRTUALIZED QEMU COMMAND"
set -u
name=$1
native=$(mktemp) virt=$(mktemp)
trap 'rm -f "$native" "$virt"' EXIT

# shellcheck disable=SC2086
timeout 20 $2 </dev/null 2>/dev/null | tr -d '\r' | grep '^guest:' >"$native"
# shellcheck disable=SC2086
timeout 20 $3 </dev/null 2>/dev/null | tr -d '\r' | grep '^guest:' >"$virt"

fail() {
	echo "FAIL $name: $1"
	diff -u --label native --label virtualized "$native" "$virt" | sed 's/^/     | /'
	exit 1
}
grep -q '^guest: no hypervisor' "$native" || fail "natively, the guest did not report a bare board"
grep -q '^guest: a hypervisor answers' "$virt" || fail "virtualized, the guest did not find the hypervisor"
if ! diff -q <(grep -v '^guest: no hypervisor' "$native") \
	     <(grep -v '^guest: a hypervisor answers' "$virt") >/dev/null; then
	fail "the guest's other lines differ"
fi
echo "PASS $name ($(wc -l <"$virt") lines)"
