#!/usr/bin/env bash
# `make test`: the shared host tests, then every chapter's tests. One line
# per test (PASS or FAIL), then the total. Exits 1 if anything failed.
set -u
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

# The labs: each exports, builds, and its grader tells the complete
# chapter from the handed-out one, part by part (labs/lab.sh prove).
if [ -d labs ] && [ ! -f labs/exported ]; then
	echo "== labs"
	for nn in $(labs/lab.sh list); do
		labs/lab.sh prove "$nn" 2>&1
	done | tee -a "$log"
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
	if out=$(common/tools/doc-bench.sh --check 2>&1); then
		echo "PASS docs: benchmarks table matches make bench"
	else
		echo "FAIL docs: $out"
	fi
} | tee -a "$log"

passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
echo
echo "make test took $(( $(date +%s) - started )) s (wall clock, for information only)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
