#!/usr/bin/env bash
# Command output shown in the docs, taken from real runs. A block
#
#   <!-- output of: COMMAND -->
#   ...
#   <!-- end output -->
#
# holds "$ COMMAND" and what COMMAND prints when run from the top of the
# repository (stdout and stderr, with carriage returns, make's "Entering
# directory" lines and the repository's own path left out). `make docs`
# fills the blocks, `make test` checks them.
#
#   doc-output.sh --update [DOC...]   rewrite the blocks (default: all docs)
#   doc-output.sh --check DOC...      fail if a block differs from a new run
#
# Every chapter must be built first: a command then prints no compiler
# lines, and QEMU, deterministic for one image, prints the same each time.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
prefix='<!-- output of: '
suffix=' -->'
end='<!-- end output -->'

run() { # the block for command $1
	echo '```'
	echo "\$ $1"
	# A command runs as typed at a shell: no flags of an enclosing make.
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL timeout 120 bash -c "$1" </dev/null 2>&1 |
		tr -d '\r' |
		grep -Ev '^make(\[[0-9]+\])?: (Entering|Leaving) directory' |
		sed "s|$root/||g; s|$root|.|g"
	echo '```'
}
regenerated() { # doc $1 with every block run again, on stdout
	local line cmd indent
	local skip=0
	while IFS= read -r line || [ -n "$line" ]; do
		if [ $skip -eq 1 ]; then
			[ "$line" = "$indent$end" ] && { skip=0; echo "$line"; }
			continue
		fi
		echo "$line"
		# A marker may be indented (a block inside a list item): the
		# block it fills, and its end marker, are indented the same.
		indent=${line%%[![:space:]]*}
		case ${line#"$indent"} in
		"$prefix"*"$suffix")
			cmd=${line#"$indent$prefix"}
			cmd=${cmd%"$suffix"}
			run "$cmd" | sed "s/^/$indent/"
			skip=1 ;;
		esac
	done <"$1"
}

case "${1:-}" in
--check)
	shift
	status=0
	for doc in "$@"; do
		[ -f "$doc" ] || { echo "$doc is missing"; status=1; continue; }
		grep -q "^[[:space:]]*$prefix" "$doc" || continue
		if ! diff -q <(regenerated "$doc") "$doc" >/dev/null; then
			echo "$doc: shown output differs from a real run; run 'make docs'"
			diff "$doc" <(regenerated "$doc") | sed 's/^/     | /' | head -n 20
			status=1
		fi
	done
	exit $status ;;
--update)
	shift
	[ $# -gt 0 ] || set -- docs/*.md
	for doc in "$@"; do
		grep -q "^[[:space:]]*$prefix" "$doc" || continue
		new=$(mktemp)
		regenerated "$doc" >"$new"
		if cmp -s "$new" "$doc"; then
			rm -f "$new"
		else
			mv "$new" "$doc"
			echo "updated $doc (command output)"
		fi
	done ;;
*)
	echo "usage: doc-output.sh --update [DOC...] | --check DOC..." >&2; exit 2 ;;
esac
