#!/usr/bin/env bash
# `make test`: the shared host tests, then every chapter's tests, then the
# KVM comparison and the pages that are not a chapter's. One line per test
# (PASS or FAIL), then the total. Exits 1 if anything failed.
#
# QUICK=1 leaves out what needs Debian's kernel (make deps): the KVM runs,
# and the check of the KVM columns in docs/benchmarks.md. The summary
# then says so.
set -u
quick=${QUICK:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
started=$(date +%s)
# A lab's student repository (make lab) has its pages cut: the checks
# that compare pages with the code are for the complete tutorial.
check_docs=yes
[ -f labs/exported ] && check_docs=no

# Shared code: the printf, built for this machine with the sanitizers.
mkdir -p build/host
for t in common/tests/test_*.c; do
	name=$(basename "$t" .c)
	if cc -std=c11 -g -O1 -Wall -Wextra -Werror \
	      -fsanitize=address,undefined -fno-sanitize-recover=all \
	      -Icommon -Icommon/tests "$t" -o "build/host/$name" >"build/host/$name.log" 2>&1 &&
	   out=$("build/host/$name" 2>&1); then
		echo "PASS common host $name: $(echo "$out" | tail -n 1)"
	else
		echo "FAIL common host $name"
		sed 's/^/     | /' "build/host/$name.log"
		echo "${out:-}" | sed 's/^/     | /'
	fi
done | tee -a "$log"

for ch in "$@"; do
	echo "== $ch"
	# Build output goes to a log shown only when the build fails.
	if ! make -s -C "$ch" all >"$log.build" 2>&1; then
		echo "FAIL $ch build" | tee -a "$log"
		sed 's/^/     | /' "$log.build"
		continue
	fi
	make -s --no-print-directory -C "$ch" test CHECK_DOCS=$check_docs 2>&1 | tee -a "$log" |
		grep -v -e "^$ch: [0-9]* passed" -e "^make\[[0-9]*\]: \*\*\*"
done
rm -f "$log.build"

# The KVM launcher: its host tests, and its programs built; the KVM runs
# themselves are in the benchmarks check below. (A lab's student
# repository has no kvm/.)
[ -d kvm ] && echo "== kvm" && {
	if out=$(make -s --no-print-directory -C kvm test 2>&1); then
		echo "PASS kvm host test_vmm: $(echo "$out" | tail -n 1)"
	else
		echo "FAIL kvm host test_vmm"
		echo "$out" | sed 's/^/     | /'
	fi
	if out=$(make -s --no-print-directory -C kvm programs 2>&1); then
		echo "PASS kvm build: launcher and guest"
	else
		echo "FAIL kvm build"
		echo "$out" | sed 's/^/     | /'
	fi
} | tee -a "$log"
# The labs: each exports, builds, and its grader tells the complete
# chapter from the handed-out one, part by part (labs/lab.sh prove).
if [ -d labs ] && [ ! -f labs/exported ]; then
	echo "== labs"
	# two labs at a time: most of a proof is spent waiting for the
	# handed-out images to time out, not computing
	labs=$(labs/lab.sh list)
	for nn in $labs; do
		labs/lab.sh prove "$nn" >"$log.lab$nn" 2>&1 &
		[ "$(jobs -rp | wc -l)" -ge 2 ] && wait -n
	done
	wait
	for nn in $labs; do cat "$log.lab$nn"; rm -f "$log.lab$nn"; done | tee -a "$log"
fi

# The pages that are not a chapter's: the output they show, and the
# published instruction counts, are what the code gives now.
[ $check_docs = yes ] && echo "== docs" && {
	for doc in docs/README.md docs/benchmarks.md docs/isolation.md; do
		if out=$(common/tools/doc-output.sh --check "$doc" 2>&1); then
			echo "PASS docs: $doc shows real output"
		else
			echo "FAIL docs: $out"
		fi
	done
	if [ "$quick" = 1 ]; then
		if out=$(common/tools/doc-bench.sh --check --quick 2>&1); then
			echo "PASS docs: benchmarks table matches make bench (KVM columns not checked: QUICK=1)"
		else
			echo "FAIL docs: $out"
		fi
	elif out=$(common/tools/doc-bench.sh --check 2>&1); then
		echo "PASS docs: benchmarks tables match make bench and make bench-kvm"
	else
		echo "FAIL docs: $out"
	fi
} | tee -a "$log"

passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
echo
echo "make test took $(( $(date +%s) - started )) s (wall clock, for information only)"
[ "$quick" = 1 ] &&
	echo "QUICK=1: the KVM comparison (make bench-kvm) did not run, and its columns were not checked"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
