#!/usr/bin/env bash
# Classroom labs cut from the chapters. The top-level Makefile calls it:
#
#   lab.sh export NN OUT        the student repository of lab NN (make lab)
#   lab.sh grade NN [ROOT]      grade chapter NN of the tree at ROOT
#                               (default: this one) with lab NN's checks
#   lab.sh check EX [ROOT]      check exercise EX, e.g. 01-5 (make check)
#   lab.sh prove NN             what CI proves of lab NN (make test)
#   lab.sh prove-exercises NN   each exercise check against the complete
#                               chapter and the worked solutions
#   lab.sh list                 the labs there are
#
# A lab is the directory labs/NN/: lab.def says which code is cut out
# (cut.sh explains how code is named), what replaces it (stubs/), and the
# checks that grade it; expect/ holds the console lines the checks want,
# teacher/ the answer keys, which no export contains.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/lib/cut.sh"

die() { echo "lab: $*" >&2; exit 2; }

# ---- reading a lab definition -------------------------------------------
# lab.def calls these; they fill the arrays below.
chapter() { CHAPTER=$1; PAGE=docs/$1.md; }
title() { TITLE=$*; }
part() { PARTS+=("$1"); PART_TITLE[$1]=$2; }
remove() { CUTS+=("$(printf '%q ' "$@")"); }	# PART FILE STUB KIND ARGS...
timeout_s() { LAB_TIMEOUT=${LAB_TIMEOUT_OVERRIDE:-$1}; }
check() { CHECKS+=("$(printf '%q ' "$@")"); }
written() { WRITTEN+=("$1|$2|$3"); }
# IMAGE SECONDS: an image that needs longer than timeout_s (an OS)
image_timeout() { IMAGE_TIMEOUT[$1]=${LAB_TIMEOUT_OVERRIDE:-$2}; }
# IMAGE FILE: IMAGE's console is typed from FILE, in the format of
# common/tools/boot-test.sh's BOOT_INPUT ("< REGEX" waits, "> TEXT" types)
boot_input() { BOOT_INPUT_OF[$1]=$2; }

load_lab() { # NN
	local nn=$1
	LAB=$nn LABDIR=$here/$nn
	[ -f "$LABDIR/lab.def" ] || die "no lab $nn (labs: $(list_labs | tr '\n' ' '))"
	CHAPTER="" PAGE="" TITLE="" LAB_TIMEOUT=${LAB_TIMEOUT_OVERRIDE:-5}
	PARTS=() CUTS=() CHECKS=() WRITTEN=()
	declare -gA PART_TITLE=() IMAGE_TIMEOUT=() BOOT_INPUT_OF=()
	. "$LABDIR/lab.def"
	[ -n "$CHAPTER" ] || die "labs/$nn/lab.def names no chapter"
}

list_labs() { ls -d "$here"/[0-9][0-9] 2>/dev/null | xargs -n 1 basename; }

# The cuts of the lab, applied to the tree at DIR (only PART's, if given).
apply_cuts() { # DIR [PART]
	local dir=$1 only=${2:-} c p file stub kind
	for c in "${CUTS[@]}"; do
		eval "set -- $c"
		p=$1 file=$2 stub=$3 kind=$4
		shift 4
		[ -n "$only" ] && [ "$p" != "$only" ] && continue
		apply_cut "$dir/$file" "$LABDIR/$stub" "$kind" "$@" ||
			die "lab $LAB, part $p: cannot cut $file ($kind $*): the chapter changed; update labs/$LAB/lab.def"
	done
}

# Every cut of the lab found exactly once in the tree at DIR, or stop.
validate_cuts() { # DIR
	local dir=$1 c p file kind
	for c in "${CUTS[@]}"; do
		eval "set -- $c"
		p=$1 file=$2 kind=$4
		shift 4
		find_cut "$dir/$file" "$kind" "$@" >/dev/null ||
			die "lab $LAB, part $p: cannot find $kind $* in $file: the chapter changed; update labs/$LAB/lab.def"
	done
}

# The removed lines, one per line, as the check for leaks compares them:
# spaces squeezed, and only lines that appear nowhere else in the files
# of the chapter and of common/ that are kept (those are handed out
# anyway), nor in a stub, and that are long enough to say something.
normalize() { sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//; s/[[:space:]]+/ /g'; }
removed_lines() { # COMPLETE_ROOT
	local src=$1 tmp c p file stub kind
	tmp=$(mktemp -d)
	mkdir -p "$tmp/t"
	cp -r "$src/common" "$src/$CHAPTER" "$tmp/t/"
	rm -rf "$tmp/t/$CHAPTER/build"
	for c in "${CUTS[@]}"; do
		eval "set -- $c"
		p=$1 file=$2 stub=$3 kind=$4
		shift 4
		cut_lines "$src/$file" "$kind" "$@" || die "lab $LAB, part $p: cannot find $kind $* in $file"
		cat "$LABDIR/$stub" >>"$tmp/stubs"
	done | normalize | sort -u >"$tmp/cut"
	apply_cuts "$tmp/t"
	{ find "$tmp/t" -type f -exec cat {} +; cat "$tmp/stubs"; } | normalize | sort -u >"$tmp/kept"
	comm -23 "$tmp/cut" "$tmp/kept" | awk 'length($0) >= 8 && $0 !~ /^[^A-Za-z0-9]*$/'
	rm -rf "$tmp"
}

# ---- the student repository ---------------------------------------------
chapters_upto() { # NN: the chapters 01..NN, by name
	local c
	for c in $(cd "$root" && ls -d [0-9][0-9]-*/ | tr -d /); do
		[[ "${c%%-*}" > "$1" ]] && break
		echo "$c"
	done
}

# The chapter's page with every listing that shows cut code left out: a
# fenced block holding a removed line, the output of objdump (it is the
# code, assembled), and the generated "Diff to previous".
filter_page() { # PAGE REMOVED_LINES_FILE
	awk -v removed="$2" '
	function norm(s) { gsub(/^[[:space:]]+|[[:space:]]+$/, "", s); gsub(/[[:space:]]+/, " ", s); return s }
	function flush(   i, leak) {
		leak = (marker ~ /objdump/)
		for (i = 1; i <= n && !leak; i++) {
			s = norm(buf[i]); t = s; sub(/^[-+<>] ?/, "", t); t = norm(t)
			if ((s in cut) || (t in cut)) leak = 1
		}
		if (leak)
			print "*(This listing is left out of the lab: it shows code you write.)*"
		else {
			if (marker != "") print marker
			for (i = 1; i <= n; i++) print buf[i]
			if (endm != "") print endm
		}
		n = 0; marker = ""; endm = ""
	}
	BEGIN { while ((getline l < removed) > 0) cut[l] = 1 }
	/^## Diff to previous/ { print; print ""; print "*(Left out of the lab: `make diff` shows it once your code is written.)*"; skip = 1; next }
	skip && /^## / { skip = 0 }
	skip { next }
	!inblock && /^<!-- output of:/ { marker = $0; next }
	!inblock && /^```/ { inblock = 1; n = 0; buf[++n] = $0; next }
	inblock { buf[++n] = $0; if (n > 1 && /^```/) { inblock = 2 } ; if (inblock == 2) { inblock = 0; if (marker == "") flush(); else pending = 1 } ; next }
	pending && /^<!-- end output -->/ { endm = $0; pending = 0; flush(); next }
	pending { pending = 0; flush() }
	marker != "" && !inblock { print marker; marker = "" }
	{ print }
	END { if (n) flush() }' "$1"
}

do_export() { # NN OUT
	local nn=$1 out=$2 c removed
	load_lab "$nn"
	[ -f "$here/exported" ] && die "this is lab $(cat "$here/exported")'s student repository: make lab runs in the complete tutorial"
	validate_cuts "$root"
	[ -e "$out" ] && die "$out exists; give another OUT= or remove it"
	mkdir -p "$out" || die "cannot create $out"
	out=$(cd "$out" && pwd)
	removed=$(mktemp)
	removed_lines "$root" >"$removed"
	(cd "$root" && cp -r Makefile README.md common "$out/")
	[ -f "$root/.gitignore" ] && cp "$root/.gitignore" "$out/"
	rm -rf "$out/common/build"
	mkdir -p "$out/docs/labs" "$out/labs/lib"
	for c in $(chapters_upto "$nn"); do
		cp -r "$root/$c" "$out/"
		rm -rf "$out/$c/build"
		[ -f "$root/docs/$c.md" ] && [ "$c" != "$CHAPTER" ] && cp "$root/docs/$c.md" "$out/docs/"
		if [ -f "$here/${c%%-*}/lab.def" ]; then
			mkdir -p "$out/labs/${c%%-*}"
			(cd "$here/${c%%-*}" && tar cf - --exclude=teacher .) | (cd "$out/labs/${c%%-*}" && tar xf -)
			[ -f "$root/docs/labs/lab-${c%%-*}.md" ] && cp "$root/docs/labs/lab-${c%%-*}.md" "$out/docs/labs/"
		fi
	done
	filter_page "$root/$PAGE" "$removed" >"$out/$PAGE"
	cp "$root/docs/README.md" "$out/docs/"
	cp "$here/lab.sh" "$here/README.md" "$out/labs/"
	cp "$here/lib/"* "$out/labs/lib/"
	echo "$nn" >"$out/labs/exported"
	apply_cuts "$out"
	rm -f "$removed"
	(cd "$out" && git init -q && git add -A &&
	 git -c user.name=lab -c user.email=lab@localhost commit -q \
	     -m "Lab $nn: $TITLE (handed out)") || die "git commit in $out failed"
	echo "lab $nn exported to $out: cd there, read docs/labs/lab-$nn.md, then make grade"
}

# ---- grading -------------------------------------------------------------
# A scratch tree: the grader's common/ and the chapter's tests/, the
# student's sources (and, for a lab that cuts from common/, the student's
# version of those files). Built there, run there: the student's own
# build/ and .expect files play no part.
make_scratch() { # STUDENT_ROOT
	local student=$1 c p file
	SCRATCH=$(mktemp -d)
	cp -r "$root/common" "$SCRATCH/"
	rm -rf "$SCRATCH/common/build"
	mkdir -p "$SCRATCH/$CHAPTER"
	[ -d "$student/$CHAPTER" ] || { echo "no $CHAPTER in $student"; return 1; }
	(cd "$student/$CHAPTER" && tar cf - --exclude=build --exclude=tests .) |
		(cd "$SCRATCH/$CHAPTER" && tar xf -)
	cp -r "$root/$CHAPTER/tests" "$SCRATCH/$CHAPTER/"
	for c in "${CUTS[@]}"; do
		eval "set -- $c"
		file=$2
		case $file in common/*) cp "$student/$file" "$SCRATCH/$file" ;; esac
	done
	# the lab's probes: extra sources a check needs linked in
	if [ -d "$LABDIR/probe" ]; then
		cp "$LABDIR/probe/"* "$SCRATCH/$CHAPTER/"
		sed -i "s|^include ../common/chapter.mk|SRCS += $(cd "$LABDIR/probe" && ls | tr '\n' ' ')\n&|" \
			"$SCRATCH/$CHAPTER/Makefile"
	fi
}

image_file() { # hyp | TEST_IMAGE | tg-NAME | native (the chapter's own guest)
	case $1 in
	hyp) echo build/hyp.elf ;;
	native) echo guest/build/guest.elf ;;
	*) echo "build/hyp-$1.elf" ;;
	esac
}

qemu_cmd() { # MACHINE(default | cpu,smp,mem) IMAGE
	local cpu smp mem q
	q=$(make -s --no-print-directory -C "$SCRATCH/$CHAPTER" -n run RUN_TIMEOUT=0 | grep -m 1 -- '-kernel')
	q=${q% -kernel *}
	# the guest alone: the same board without EL2
	[ "$2" = native ] && q=$(echo "$q" | sed -E 's/(-M [^ ]*)virtualization=on,?/\1/; s/(-M [^ ]*),( |$)/\1\2/')
	if [ "$1" != default ]; then
		IFS=, read -r cpu smp mem <<<"$1"
		q=$(echo "$q" | sed -E "s/-cpu [^ ]+/-cpu $cpu/; s/-smp [^ ]+/-smp $smp/; s/-m [^ ]+/-m $mem/")
	fi
	echo "$q -kernel $(image_file "$2")"
}

# Type INPUT into the console written to CONSOLE as it asks (boot_input),
# then keep QEMU's input open until the file DONE exists. The first
# wait may take the whole boot; each later one, the answer to what was
# typed, 15 s at most. A wait given up ends the run: it kills QEMU's
# PID, and says so in the file DONE.gaveup.
feed_input() { # INPUT CONSOLE DONE SECONDS PID
	local line n seen=0 end=$((SECONDS + $4)) typed=no limit
	while IFS= read -r line; do
		case $line in
		'< '*)
			limit=$end
			[ $typed = yes ] && [ $((SECONDS + 15)) -lt $end ] && limit=$((SECONDS + 15))
			until n=$(tr -d '\r' <"$2" 2>/dev/null | tail -n +$((seen + 1)) |
				  grep -n -m 1 -E -- "${line:2}" | cut -d: -f1) && [ -n "$n" ]; do
				[ -e "$3" ] && break 2
				[ $SECONDS -lt $limit ] || { : >"$3.gaveup"; kill "$5" 2>/dev/null; break 2; }
				sleep 0.2
			done
			seen=$((seen + n)) ;;
		'> '*)	printf '%s\n' "${line:2}"; typed=yes ;;
		esac
	done <"$1"
	until [ -e "$3" ]; do sleep 0.2; done
}

# Boot IMAGE on MACHINE once; later checks read the same console.
boot_console() { # IMAGE MACHINE: prints the console file; status: 0 off, 1 hung, 2 other
	local f=$SCRATCH/run/$1.$2 rc t=${IMAGE_TIMEOUT[$1]:-$LAB_TIMEOUT} input=${BOOT_INPUT_OF[$1]:-}
	mkdir -p "$SCRATCH/run"
	if [ ! -f "$f.rc" ] && [ "$2" != default ] && [ "$(cat "$SCRATCH/run/$1.default.rc" 2>/dev/null)" = 124 ]; then
		# it hangs on the default machine already: no need to wait again
		echo "(not run: the image hangs on the default machine)" >"$f.raw"
		cp "$f.raw" "$f"
		echo 124 >"$f.rc"
	fi
	if [ ! -f "$f.rc" ] && [ -n "$input" ]; then
		rm -f "$f.fifo" "$f.done" "$f.done.gaveup"
		mkfifo "$f.fifo"
		: >"$f.raw"
		(cd "$SCRATCH/$CHAPTER" &&
		 exec timeout --kill-after=2 "$t" $(qemu_cmd "$2" "$1") <"$f.fifo" >"$f.raw" 2>"$f.err") &
		local qemu=$!
		feed_input "$LABDIR/$input" "$f.raw" "$f.done" "$t" "$qemu" >"$f.fifo" &
		local feeder=$!
		wait "$qemu"
		rc=$?
		# stopped by feed_input: an answer that never came, a hang
		[ -e "$f.done.gaveup" ] && rc=124
		echo $rc >"$f.rc"
		touch "$f.done"
		wait "$feeder"
		tr -d '\r' <"$f.raw" >"$f"
	fi
	if [ ! -f "$f.rc" ]; then
		(cd "$SCRATCH/$CHAPTER" &&
		 timeout --kill-after=2 "$t" $(qemu_cmd "$2" "$1") </dev/null >"$f.raw" 2>"$f.err")
		echo $? >"$f.rc"
		tr -d '\r' <"$f.raw" >"$f"
	fi
	echo "$f"
	rc=$(cat "$f.rc")
	case $rc in 0) return 0 ;; 124|137) return 1 ;; *) return 2 ;; esac
}

# Each line of EXPECT (literal, or "~ " and an extended regular
# expression) must match a console line, in order; others may come between.
match_lines() { # CONSOLE EXPECT: prints the first expected line not found
	local -a want
	local i=0 line w
	[ -s "$2" ] || { echo "(the lab has no expectations $2)"; return 1; }
	mapfile -t want <"$2"
	while [ $i -lt ${#want[@]} ] && IFS= read -r line; do
		w=${want[$i]}
		if [ "${w:0:2}" = "~ " ]; then
			[[ $line =~ ^(${w:2})$ ]] && i=$((i + 1))
		else
			[ "$line" = "$w" ] && i=$((i + 1))
		fi
	done <"$1"
	[ $i -lt ${#want[@]} ] && { echo "${want[$i]}"; return 1; }
	return 0
}

# gdb on the scratch image: QEMU halted at the first instruction on a
# free port, the lab's gdb script, then the output against EXPECT.
run_gdb() { # IMAGE SCRIPT: prints gdb's output
	local img port q qpid out gdb_timeout try up
	img=$(image_file "$1")
	q=$(qemu_cmd default "$1")
	# a free port, and QEMU itself listening on it: another session (of
	# this grade, or another user's) may take the same one at once
	for try in 1 2 3 4 5; do
		port=$((20000 + RANDOM % 20000))
		ss -ltn 2>/dev/null | grep -q ":$port " && continue
		(cd "$SCRATCH/$CHAPTER" && exec $q -S -gdb "tcp::$port" </dev/null >/dev/null 2>&1) &
		qpid=$!
		up=no
		for _ in $(seq 50); do
			ss -ltnp 2>/dev/null | grep ":$port " | grep -q "pid=$qpid," && { up=yes; break; }
			kill -0 "$qpid" 2>/dev/null || break
			sleep 0.1
		done
		[ $up = yes ] && break
		kill "$qpid" 2>/dev/null
		wait "$qpid" 2>/dev/null
	done
	[ $up = yes ] || { echo "(QEMU's gdb stub did not start)"; return; }
	# gdb gets more than a boot: on a loaded machine its round trips
	# to the stub, not the program, take the time
	gdb_timeout=$((LAB_TIMEOUT + 2))
	out=$(cd "$SCRATCH/$CHAPTER" && timeout "$gdb_timeout" gdb-multiarch -q -batch -nx \
		-ex "file $img" -ex "target remote localhost:$port" -x "$LABDIR/$2" -ex kill 2>&1)
	[ $? -eq 124 ] && out="$out
(gdb timed out after ${gdb_timeout}s: the program never reached the breakpoint, or hung)"
	kill "$qpid" 2>/dev/null
	wait "$qpid" 2>/dev/null
	echo "$out"
}

# One check: sets WHY (what went wrong) and returns 0 for PASS.
run_check() { # KIND ARGS...
	local kind=$1 f rc missing out
	shift
	WHY=""
	case $kind in
	lines)	# IMAGE MACHINE EXPECT
		f=$(boot_console "$1" "$2")
		rc=$?
		missing=$(match_lines "$f" "$LABDIR/$3")
		if [ -n "$missing" ]; then
			WHY="no console line '$missing'"
		elif [ $rc -ne 0 ]; then
			WHY="every line came, but QEMU did not power off"
		else
			return 0
		fi
		if [ -e "$f.done.gaveup" ]; then WHY="$WHY; hung: no answer to what was typed (boot_input)"
		elif [ $rc -eq 1 ]; then WHY="$WHY; hung: no power off within ${IMAGE_TIMEOUT[$1]:-$LAB_TIMEOUT}s"; fi
		WHY="$WHY
last console lines ($2 machine):
$(tail -n 4 "$f" | sed 's/^/  | /')"
		return 1
		;;
	crlf)	# IMAGE MACHINE: every line the UART sent ends in CR LF
		f=$(boot_console "$1" "$2")
		if [ ! -s "$f.raw" ]; then
			WHY="the console is empty"
		elif grep -q -v $'\r$' "$f.raw"; then
			WHY="a line ends in LF alone: '$(grep -m 1 -v $'\r$' "$f.raw")'"
		else
			return 0
		fi
		return 1
		;;
	host)	# TEST_SOURCE in the chapter's tests/
		local t=$SCRATCH/$CHAPTER/build/lab-host/$(basename "$1" .c)
		mkdir -p "$(dirname "$t")"
		if ! out=$(cd "$SCRATCH/$CHAPTER" && cc -std=c11 -g -O1 -Wall -Wextra -Werror \
		      -fsanitize=address,undefined -fno-sanitize-recover=all \
		      -I. -I../common -I../common/tests "$1" -o "$t" 2>&1); then
			WHY="the host test $1 does not compile:
$(echo "$out" | head -n 8 | sed 's/^/  | /')"
			return 1
		fi
		if ! out=$(cd "$SCRATCH/$CHAPTER" && timeout "$LAB_TIMEOUT" "$t" 2>&1); then
			WHY="the host test $1 fails:
$(echo "$out" | grep -v '^ *$' | head -n 8 | sed 's/^/  | /')"
			return 1
		fi
		return 0
		;;
	native)	# IMAGE EXPECT: the chapter's guest alone on the board prints
		# EXPECT's lines, and the same "guest:" lines as under IMAGE but
		# the one where it says what it found
		f=$(boot_console native default)
		rc=$?
		missing=$(match_lines "$f" "$LABDIR/$2")
		if [ -n "$missing" ] || [ $rc -ne 0 ]; then
			WHY="alone on the bare board, the guest printed no line '$missing'"
			[ -z "$missing" ] && WHY="alone on the bare board, the guest did not power off"
			[ $rc -eq 1 ] && WHY="$WHY; hung: no power off within ${LAB_TIMEOUT}s"
			WHY="$WHY
last console lines (bare board):
$(tail -n 4 "$f" | sed 's/^/  | /')"
			return 1
		fi
		v=$(boot_console "$1" default)
		if ! out=$(diff <(grep '^guest:' "$f" | grep -v '^guest: no hypervisor') \
				<(grep '^guest:' "$v" | grep -v '^guest: a hypervisor answers')); then
			WHY="the guest's lines differ on the bare board (<) and under the hypervisor (>):
$(echo "$out" | grep '^[<>]' | head -n 6 | sed 's/^/  | /')"
			return 1
		fi
		return 0
		;;
	gdb)	# IMAGE SCRIPT EXPECT
		if [ -f "$SCRATCH/gdb.${CHECK_INDEX:-}" ]; then
			out=$(cat "$SCRATCH/gdb.$CHECK_INDEX")
		else
			out=$(run_gdb "$1" "$2")
		fi
		missing=$(echo "$out" | match_lines /dev/stdin "$LABDIR/$3")
		[ -z "$missing" ] && return 0
		WHY="gdb did not show '$missing'
$(echo "$out" | grep -v -e '^Kill the program' -e '^\[Inferior' | tail -n 5 | sed 's/^/  | /')"
		return 1
		;;
	*)	die "unknown check kind $kind" ;;
	esac
}

# The images the checks (of part ONLY, if given) boot, built with the
# student's code.
build_scratch() { # [ONLY]
	local only=${1:-} c imgs=() out
	for c in "${CHECKS[@]}"; do
		eval "set -- $c"
		[ -n "$only" ] && [ "$3" != "$only" ] && continue
		case $6 in lines|gdb|native) imgs+=("$(image_file "$7")") ;; esac
	done
	out=$(make -s --no-print-directory -j2 -C "$SCRATCH/$CHAPTER" $(printf '%s\n' "${imgs[@]}" | sort -u) 2>&1) && return 0
	BUILD_ERRORS=$out
	return 1
}

# The boots and gdb sessions the checks (of part ONLY, if given) need,
# a few at a time: most of them wait, for a power off or a timeout.
# Each console lands where boot_console keeps it, each gdb session's
# output in $SCRATCH/gdb.N for check N.
prefetch() { # [ONLY]
	local only=${1:-} c i=0 t
	local -a tasks=()
	local -A seen=() started=()
	for c in "${CHECKS[@]}"; do
		i=$((i + 1))
		eval "set -- $c"
		[ -n "$only" ] && [ "$3" != "$only" ] && continue
		shift 5
		case $1 in
		lines|crlf) t="boot $2 $3" ;;
		native)	[ -z "${seen[boot native default]:-}" ] && tasks+=("boot native default")
			seen[boot native default]=1
			t="boot $2 default" ;;
		gdb)	tasks+=("gdb $i $2 $3"); continue ;;
		*)	continue ;;
		esac
		[ -n "${seen[$t]:-}" ] && continue
		seen[$t]=1
		tasks+=("$t")
	done
	# the default machine first: an image that hangs there is not
	# booted again on the others (boot_console)
	for t in "${tasks[@]}" wait "${tasks[@]}"; do
		set -- $t
		case $1 in
		wait)	wait; started[wait]=1; continue ;;
		boot)	[ "$3" = default ] && [ -n "${started[$t]:-}" ] && continue
			[ "$3" != default ] && [ -z "${started[wait]:-}" ] && continue
			boot_console "$2" "$3" >/dev/null & ;;
		gdb)	[ -n "${started[$t]:-}" ] && continue
			run_gdb "$3" "$4" >"$SCRATCH/gdb.$2" & ;;
		esac
		started[$t]=1
		while [ "$(jobs -rp | wc -l)" -ge 3 ]; do wait -n; done
	done
	wait
}

do_grade() { # NN [STUDENT_ROOT] [--part P] [--quiet]
	local nn=$1 student=$root only="" quiet=no c id pts p name section kind
	shift
	while [ $# -gt 0 ]; do
		case $1 in
		--part) only=$2; shift ;;
		--quiet) quiet=yes ;;
		*) student=$(cd "$1" && pwd) || die "no directory $1" ;;
		esac
		shift
	done
	load_lab "$nn"
	make_scratch "$student" || exit 2
	trap 'rm -rf "$SCRATCH"' EXIT
	local got=0 max=0 built=yes
	echo "== lab $nn: $TITLE ($CHAPTER in $student)"
	build_scratch "$only" || built=no
	if [ $built = no ]; then
		echo "the chapter does not build; every check fails. The compiler says:"
		echo "$BUILD_ERRORS" | grep -v '^make' | head -n 20 | sed 's/^/  | /'
	fi
	[ $built = yes ] && prefetch "$only"
	CHECK_INDEX=0
	for c in "${CHECKS[@]}"; do
		eval "set -- $c"
		id=$1 pts=$2 p=$3 name=$4 section=$5
		shift 5
		CHECK_INDEX=$((CHECK_INDEX + 1))
		[ -n "$only" ] && [ "$p" != "$only" ] && continue
		max=$((max + pts))
		if [ $built = yes ] && run_check "$@"; then
			got=$((got + pts))
			printf 'PASS %-10s %2d/%-2d %s\n' "$id" "$pts" "$pts" "$name"
		else
			printf 'FAIL %-10s  0/%-2d %s\n' "$id" "$pts" "$name"
			[ $quiet = yes ] && continue
			[ $built = yes ] && echo "$WHY" | sed 's/^/     /'
			echo "     hint: $PAGE, section \"$section\" (part \"$p\": ${PART_TITLE[$p]:-the whole chapter})"
		fi
	done
	if [ -z "$only" ] && [ ${#WRITTEN[@]} -gt 0 ]; then
		local wp=0 w
		for w in "${WRITTEN[@]}"; do w=${w#*|}; wp=$((wp + ${w%%|*})); done
		echo "written questions (${#WRITTEN[@]}, $wp points): graded by your teacher, not here (docs/labs/lab-$nn.md)"
	fi
	echo "score: $got/$max"
	[ "$got" -eq "$max" ]
}

# ---- exercises -------------------------------------------------------------
do_check() { # EX [STUDENT_ROOT]
	local ex=$1 student=${2:-$root} nn script
	nn=${ex%%-*}
	script=$here/$nn/exercises/$ex.sh
	[ -f "$script" ] || die "no check for exercise $ex (there are: $(ls "$here"/*/exercises/ 2>/dev/null | grep '\.sh$' | sed 's/\.sh$//' | tr '\n' ' '))"
	load_lab "$nn"
	student=$(cd "$student" && pwd)
	make_scratch "$student" || exit 2
	trap 'rm -rf "$SCRATCH"' EXIT
	echo "== exercise $ex ($CHAPTER in $student)"
	. "$script"
}

# ---- what CI proves ------------------------------------------------------
do_prove() { # NN
	local nn=$1 out p c fail=0 leaks
	load_lab "$nn"
	tmp=$(mktemp -d)
	trap 'rm -rf "${tmp:-}"' EXIT
	ok() { echo "PASS lab $nn: $*"; }
	bad() { echo "FAIL lab $nn: $*"; fail=1; }

	if ! out=$(do_export "$nn" "$tmp/x" 2>&1); then
		bad "make lab CH=$nn fails"; echo "$out" | sed 's/^/     | /'; return 1
	fi
	if out=$(make -s -C "$tmp/x/$CHAPTER" all 2>&1); then ok "the export builds as handed out"
	else bad "the export does not build"; echo "$out" | tail -n 15 | sed 's/^/     | /'; fi

	# the export's own grader: full marks for the complete chapter ...
	# (both at once: the handout's time goes on waiting for hung images)
	"$tmp/x/labs/lab.sh" grade "$nn" "$tmp/x" --quiet >"$tmp/handout.out" 2>&1 &
	if out=$("$tmp/x/labs/lab.sh" grade "$nn" "$root" 2>&1); then
		ok "its grader gives the complete chapter $(echo "$out" | tail -n 1)"
	else bad "its grader does not give the complete chapter full marks"; echo "$out" | sed 's/^/     | /'; fi
	wait
	# ... less for the handout, each removed part's check failing
	out=$(cat "$tmp/handout.out")
	local failing=yes
	for c in "${CHECKS[@]}"; do
		eval "set -- $c"
		[ "$3" = - ] && continue
		echo "$out" | grep -q "^FAIL $1 " || { failing=no; bad "the handout passes check $1 (part $3)"; }
	done
	if echo "$out" | tail -n 1 | grep -q '^score: ' && [ $failing = yes ] && ! echo "$out" | grep -q "^score: \([0-9]*\)/\1$"; then
		ok "the handout gets $(echo "$out" | tail -n 1), every part's checks failing"
	elif [ $failing = yes ]; then bad "the handout is not graded below full marks"; echo "$out" | sed 's/^/     | /'; fi

	# each part alone: cut only it from the complete chapter, and its own
	# checks fail (not just because some other part is missing)
	# (two at a time: most of the time is spent waiting for hung images)
	part_proof() { # PART: its grade, in $tmp/p-PART.out
		mkdir -p "$tmp/p-$1"
		cp -r "$root/common" "$root/$CHAPTER" "$tmp/p-$1/"
		rm -rf "$tmp/p-$1/$CHAPTER/build"
		apply_cuts "$tmp/p-$1" "$1"
		"$tmp/x/labs/lab.sh" grade "$nn" "$tmp/p-$1" --part "$1" --quiet >"$tmp/p-$1.out" 2>&1
	}
	local running=0
	for p in "${PARTS[@]}"; do
		part_proof "$p" &
		running=$((running + 1))
		[ $running -ge 2 ] && { wait -n; running=$((running - 1)); }
	done
	wait
	for p in "${PARTS[@]}"; do
		out=$(cat "$tmp/p-$p.out")
		if echo "$out" | grep -q '^PASS ' || ! echo "$out" | grep -q '^FAIL '; then
			bad "with only part $p cut, a check of its own still passes"
			echo "$out" | sed 's/^/     | /'
		else
			ok "part $p alone cut: its $(echo "$out" | grep -c '^FAIL ') checks fail"
		fi
	done

	# no removed line anywhere in the export but in the earlier chapters
	removed_lines "$root" >"$tmp/removed"
	# (the earlier chapters, found once; every other file read by one awk)
	local earlier
	earlier=$(chapters_upto "$nn" | grep -v -x -- "$CHAPTER")
	leaks=$(cd "$tmp/x" && find . -path ./.git -prune -o -type f -print | sort |
		while read -r f; do
			for c in $earlier; do
				case $f in ./$c/*|./docs/$c.md) continue 2 ;; esac
			done
			echo "$f"
		done | xargs -d '\n' awk -v removed="$tmp/removed" '
			FILENAME == removed { r[$0] = 1; next }
			{ s = $0; gsub(/^[[:space:]]+|[[:space:]]+$/, "", s); gsub(/[[:space:]]+/, " ", s)
			  t = s; sub(/^[-+<>] ?/, "", t) }
			(s in r) || (t in r) { print FILENAME ": " s }' "$tmp/removed")
	if [ -z "$leaks" ]; then ok "no removed line ($(wc -l <"$tmp/removed") of them) is in the export"
	else bad "removed lines are in the export:"; echo "$leaks" | head -n 10 | sed 's/^/     | /'; fi
	return $fail
}

# ---- what the exercise checks are worth -----------------------------------
# Not part of make test (it takes minutes): after a chapter changes, each
# exercise check with a worked solution (teacher/solutions/EX*.patch, a
# patch of the chapter) must fail on the complete chapter and pass with
# each solution applied.
do_prove_exercises() { # NN
	local nn=$1 script ex sol name fail=0 d
	load_lab "$nn"
	tmp=$(mktemp -d)
	trap 'rm -rf "${tmp:-}"' EXIT
	for script in "$LABDIR"/exercises/*.sh; do
		[ -f "$script" ] || continue
		ex=$(basename "$script" .sh)
		if ! ls "$LABDIR/teacher/solutions/$ex"*.patch >/dev/null 2>&1; then
			echo "SKIP exercise $ex: no worked solution in labs/$nn/teacher/solutions"
			continue
		fi
		if "$here/lab.sh" check "$ex" "$root" >"$tmp/out" 2>&1; then
			echo "FAIL exercise $ex: its check passes on the complete chapter"; fail=1
		else
			echo "PASS exercise $ex: its check fails on the complete chapter"
		fi
		for sol in "$LABDIR/teacher/solutions/$ex"*.patch; do
			name=$(basename "$sol" .patch)
			d=$tmp/$name
			mkdir -p "$d"
			cp -rp "$root/common" "$root/$CHAPTER" "$d/"
			rm -rf "$d/common/build" "$d/$CHAPTER/build" "$d/$CHAPTER/guest/build"
			if ! patch -s -p1 -d "$d/$CHAPTER" <"$sol" >"$tmp/out" 2>&1; then
				echo "FAIL exercise $ex: solution $name no longer applies"; fail=1
				sed 's/^/     | /' "$tmp/out"
			elif "$here/lab.sh" check "$ex" "$d" >"$tmp/out" 2>&1; then
				echo "PASS exercise $ex: its check passes with solution $name"
			else
				echo "FAIL exercise $ex: its check fails with solution $name"; fail=1
				grep -v '^PASS' "$tmp/out" | sed 's/^/     | /'
			fi
		done
	done
	return $fail
}

case ${1:-} in
export) [ $# -eq 3 ] || die "usage: lab.sh export NN OUT"; do_export "$2" "$3" ;;
grade)	[ $# -ge 2 ] || die "usage: lab.sh grade NN [ROOT]"; shift; do_grade "$@" ;;
check)	[ $# -ge 2 ] || die "usage: lab.sh check EX [ROOT]"; shift; do_check "$@" ;;
prove)	[ $# -eq 2 ] || die "usage: lab.sh prove NN"; do_prove "$2" ;;
prove-exercises) [ $# -eq 2 ] || die "usage: lab.sh prove-exercises NN"; do_prove_exercises "$2" ;;
list)	list_labs ;;
*)	sed -n '2,16s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
