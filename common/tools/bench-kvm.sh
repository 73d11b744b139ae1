#!/usr/bin/env bash
# `make bench-kvm`: what the tutorial's benchmarked operations cost Linux
# KVM, on the same emulated CPU under the same -icount.
#
# Boots Debian's arm64 kernel twice under QEMU (kvm/Makefile, `make -C
# kvm bench`): on cortex-a72, where KVM runs split between the kernel at
# EL1 and its hypervisor code at EL2 (nVHE), and on max, where the
# kernel itself runs at EL2 (VHE). In each, the launcher runs the guest
# of kvm/guest under KVM and prints one row per operation:
#
#   MODE KEY N TOTAL EL0 KERNEL HYP GUEST
#       instructions per operation: in all (timed by the guest with the
#       virtual counter: 16 instructions per tick), then the host's EL0
#       (the launcher), the host kernel (EL1 in nVHE, EL2 in VHE), KVM's
#       EL2 code (nVHE), the guest's EL1 (counted by the host's PMU)
#
# Prints a table beside the tutorial's own counts (build/bench.tsv, from
# `make bench`, if it is there), and writes build/bench-kvm.tsv.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
mkdir -p build
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT

if ! make -s --no-print-directory -C kvm bench >"$raw"; then
	echo "bench-kvm: the KVM runs failed" >&2
	exit 1
fi
if [ "$(wc -l <"$raw")" -ne 12 ]; then
	echo "bench-kvm: expected 6 rows for each of nVHE and VHE, got:" >&2
	cat "$raw" >&2
	exit 1
fi

kernel=$(cat "${DEPS_CACHE:-$HOME/.cache/hyp-aarch64}/linux-image-arm64/package" 2>/dev/null)
awk -v ops=kvm/operations.tsv -v tut=build/bench.tsv -v tsv=build/bench-kvm.tsv \
    -v kernel="$kernel" '
BEGIN {
	FS = "\t"
	while ((getline line < ops) > 0) {
		if (line ~ /^#/ || line == "") continue
		split(line, f, "\t")
		order[++nkeys] = f[1]; tkey[f[1]] = f[2]; what[f[1]] = f[3]
	}
	# The tutorial: the last chapter that measured each key.
	while ((getline line < tut) > 0) {
		split(line, f, "\t")
		if (f[1] != "chapter") { tut_total[f[2]] = f[6]; tut_ch[f[2]] = f[1] }
	}
	FS = " "
	print "mode\tkey\tn\ttotal\tel0\tkernel\thyp\tguest" > tsv
}
function r(x) { return x == "-" ? "-" : sprintf("%.0f", x) }
{
	print $1 "\t" $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 "\t" $7 "\t" $8 > tsv
	total[$1, $2] = $4; el0[$1, $2] = $5; kern[$1, $2] = $6; hyp[$1, $2] = $7; guest[$1, $2] = $8
}
END {
	printf "%-82s %9s %9s %9s\n", "operation (under KVM)", "tutorial", "KVM nVHE", "KVM VHE"
	for (i = 1; i <= nkeys; i++) {
		k = order[i]; t = tkey[k]
		tv = (t in tut_total) ? tut_total[t] : "-"
		printf "%-82s %9s %9s %9s\n", what[k], tv, r(total["nvhe", k]), r(total["vhe", k])
	}
	print ""
	print "where KVM'"'"'s instructions go, per operation (host PMU, by exception level):"
	printf "%-14s %-5s %7s %7s %12s %8s %8s\n", "operation", "mode", "total", "EL0", "host kernel", "EL2 hyp", "guest"
	for (i = 1; i <= nkeys; i++)
		for (m = 1; m <= 2; m++) {
			mode = m == 1 ? "nvhe" : "vhe"; k = order[i]
			printf "%-14s %-5s %7s %7s %12s %8s %8s\n", k, m == 1 ? "nVHE" : "VHE",
				r(total[mode, k]), r(el0[mode, k]), r(kern[mode, k]),
				r(hyp[mode, k]), r(guest[mode, k])
		}
	print ""
	print "(instructions per operation under QEMU -icount; the tutorial column is"
	print " the last chapter'"'"'s total from build/bench.tsv, '"'"'-'"'"' if make bench has not"
	print " run; KVM: " kernel ", nVHE on cortex-a72, VHE on max;"
	print " rows also in build/bench-kvm.tsv)"
}' "$raw"
