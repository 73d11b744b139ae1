# Cutting a lab's parts out of a tree: sourced by labs/lab.sh.
#
# A lab names what it removes by what the code is, not by line numbers,
# so that an unrelated edit to the chapter does not move it:
#   cfunc NAME         the body of the C function NAME: the lines between
#                      the "{" and "}" alone on their lines that follow
#                      its definition (a line at column 0 naming NAME( and
#                      not ending in ";")
#   region START END   the lines from the one line that matches the
#                      extended regular expression START through the
#                      first line after it that matches END
# Anything not found exactly once is an error: the lab is out of date,
# and every command that needs it stops and says which cut failed.

# find_cut FILE KIND ARGS...: print "FIRST LAST" (1-based, inclusive) of
# the lines the cut removes, or an error on stderr and status 1.
find_cut() {
	local file=$1 kind=$2
	shift 2
	[ -f "$file" ] || { echo "no file $file" >&2; return 1; }
	case $kind in
	cfunc)
		awk -v name="$1" '
		BEGIN { defs = 0; state = 0 }
		state == 0 && /^[A-Za-z_]/ && $0 !~ /;[[:space:]]*$/ &&
		    index($0, name "(") > 0 {
			# the name must not be the tail of a longer one
			i = index($0, name "(")
			c = (i > 1) ? substr($0, i - 1, 1) : " "
			if (c !~ /[A-Za-z0-9_]/) { defs++; state = 1; next }
		}
		state == 1 { if ($0 == "{") { first = NR + 1; state = 2 }; next }
		state == 2 && $0 == "}" { last = NR - 1; state = 3 }
		END {
			if (defs != 1) { printf "function %s: %d definitions found\n", name, defs > "/dev/stderr"; exit 1 }
			if (state != 3) { printf "function %s: no body between lines \"{\" and \"}\"\n", name > "/dev/stderr"; exit 1 }
			print first, last
		}' "$file"
		;;
	region)
		awk -v start="$1" -v end="$2" '
		BEGIN { starts = 0 }
		$0 ~ start { starts++; if (starts == 1) first = NR; next }
		starts == 1 && !last && $0 ~ end { last = NR }
		END {
			if (starts != 1) { printf "region /%s/: %d start lines found\n", start, starts > "/dev/stderr"; exit 1 }
			if (!last) { printf "region /%s/../%s/: no end line\n", start, end > "/dev/stderr"; exit 1 }
			print first, last
		}' "$file"
		;;
	*)
		echo "unknown cut kind '$kind'" >&2
		return 1
		;;
	esac
}

# apply_cut FILE STUBFILE KIND ARGS...: replace the cut's lines by the
# stub's, in place.
apply_cut() {
	local file=$1 stub=$2 range first last
	shift 2
	range=$(find_cut "$file" "$@") || return 1
	read -r first last <<<"$range"
	[ -f "$stub" ] || { echo "no stub $stub" >&2; return 1; }
	{
		head -n $((first - 1)) "$file"
		cat "$stub"
		tail -n +$((last + 1)) "$file"
	} >"$file.cut" && mv "$file.cut" "$file"
}

# cut_lines FILE KIND ARGS...: the lines the cut removes.
cut_lines() {
	local file=$1 range first last
	shift
	range=$(find_cut "$file" "$@") || return 1
	read -r first last <<<"$range"
	sed -n "${first},${last}p" "$file"
}
