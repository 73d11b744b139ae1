#!/usr/bin/env bash
# `make bench`: what each virtualization operation costs, in instructions.
#
# Runs `make bench` in each chapter that has one (BENCH := yes), which
# boots an image built with -DTEST_BENCH under QEMU's -icount: there QEMU
# is deterministic and the PMU's instructions-retired event counts
# exactly, at EL1 and EL2 separately. The images print raw counts:
#
#   CHAPTER KEY N ONE_EL1 ONE_EL2 MANY_EL1 MANY_EL2
#       the operation run once, and N + 1 times; per operation
#       (MANY - ONE) / N, less the same for the empty loop (KEY "empty")
#       for operations run in an assembly loop (all but "virq")
#   CHAPTER KEY = EL1 EL2
#       a single measurement
#   CHAPTER KEY total N
#       a single measurement of all levels together (an OS's boot)
#   CHAPTER profile KIND EXITS EL2
#       the trap profile of one guest run: exits of each kind and the
#       instructions their handlers took at EL2 (KIND el2-total: every
#       instruction at EL2, the trap path and the boot included)
#
# Prints a table, writes the same rows as TSV to build/bench.tsv, and
# marks each row over its budget (common/tools/bench-budgets.tsv); exits
# 3 if any row is over.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
mkdir -p build
raw=$(mktemp)
trap 'rm -f "$raw" "$raw.err"' EXIT

for ch in "$@"; do
	grep -q '^BENCH := yes' "$ch/Makefile" 2>/dev/null || continue
	if ! make -s --no-print-directory -C "$ch" bench >>"$raw" 2>"$raw.err"; then
		echo "bench: $ch failed:" >&2
		cat "$raw.err" >&2
		exit 1
	fi
done
rm -f "$raw.err"

awk -v budgets=common/tools/bench-budgets.tsv -v tsv=build/bench.tsv '
BEGIN {
	FS = "\t"
	while ((getline line < budgets) > 0) {
		if (line ~ /^#/ || line == "") continue
		split(line, f, "\t")
		what[f[1]] = f[2]; on[f[1]] = f[3]; budget[f[1]] = f[4]
	}
	FS = " "
	printf "%-14s %-50s %5s %7s %7s  %s\n", "chapter", "operation", "EL1", "EL2", "total", "budget"
	print "chapter\tkey\toperation\tel1\tel2\ttotal\tbudget_on\tbudget\tover" > tsv
	over = 0
}
function show(ch, key, el1, el2, total,    tot, b, mark, desc) {
	tot = total != "" ? total : el1 + el2
	desc = (key in what) ? what[key] : key
	# The boot of the guest is measured twice: virtualized, then alone.
	if (key == "boot-to-first-line" || key == "boot-to-init")
		desc = desc (boots[ch, key]++ ? ", bare board" : ", hypervisor")
	b = ""; mark = ""
	if ((key in on) && on[key] != "none") {
		b = on[key] == "total" ? budget[key] " in all" : budget[key] " at EL2"
		if ((on[key] == "total" ? tot : el2) > budget[key] + 0) { mark = "  OVER BUDGET"; over++ }
	}
	printf "%-14s %-50s %5s %7s %7s  %s%s\n", ch, desc, el1, el2, tot, b, mark
	printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", ch, key, desc, el1, el2, tot,
		(key in on) ? on[key] : "", (key in budget) ? budget[key] : "", mark != "" ? "yes" : "no" > tsv
}
function num(x) { return (x == int(x)) ? x : sprintf("%.2f", x) }
$2 == "empty" { loop1[$1] = ($6 - $4) / $3; next }
$2 == "profile" { prof[++nprof] = $0; next }
$3 == "=" { show($1, $2, $4, $5, ""); next }
$3 == "total" { show($1, $2, "-", "-", $4); next }
{
	el1 = ($6 - $4) / $3; el2 = ($7 - $5) / $3
	if ($2 != "virq") el1 -= loop1[$1]
	show($1, $2, num(el1), num(el2), "")
}
END {
	if (nprof) {
		printf "\ntrap profile of one guest run: exits, and the instructions their\n"
		printf "handlers took at EL2 (the trap path around them is not included)\n"
		printf "%-14s %-18s %8s %10s %10s\n", "chapter", "kind", "exits", "EL2", "per exit"
		for (i = 1; i <= nprof; i++) {
			split(prof[i], f, " ")
			if (f[3] == "el2-total") {
				printf "%-14s %-18s %8s %10s   (all of EL2, from reset)\n", f[1], "EL2 in all", "", f[5]
				continue
			}
			printf "%-14s %-18s %8s %10s %10s\n", f[1], f[3], f[4], f[5],
				f[4] ? int(f[5] / f[4] + 0.5) : "-"
		}
	}
	if (over) printf "\n%d row(s) over budget\n", over
	exit over ? 3 : 0
}' "$raw"
status=$?
echo "(instructions per operation, counted under QEMU -icount; rows also in build/bench.tsv)"

# Wall-clock time, for information only: under plain TCG it does not
# follow the instruction counts, and it varies from run to run.
echo
echo "wall clock, for information only (one plain boot each):"
for ch in "$@"; do
	make -s --no-print-directory -C "$ch" all >/dev/null 2>&1 || continue
	start=$(date +%s%N)
	if [ -f "$ch/tests/boot.input" ]; then
		# a shell: typed into as the test does, until it powers off
		(cd "$ch" && BOOT_INPUT=tests/boot.input "$root/common/tools/boot-test.sh" \
			run /dev/null -- make -s --no-print-directory run) >/dev/null 2>&1
	else
		make -s --no-print-directory -C "$ch" run </dev/null >/dev/null 2>&1
	fi
	end=$(date +%s%N)
	printf "  %-14s %5d ms\n" "$ch" $(( (end - start) / 1000000 ))
done
exit $status
