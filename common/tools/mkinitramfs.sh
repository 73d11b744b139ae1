#!/usr/bin/env bash
# A Linux initramfs (an uncompressed "newc" cpio archive), byte for byte
# the same from the same inputs: entries sorted by name, every mtime the
# same fixed date, owner root, modes reduced to 0755 or 0644, no inode
# or device numbers (cpio --reproducible).
#
#   mkinitramfs.sh OUT.cpio ENTRY...
#
# Each ENTRY is PATH=FILE (FILE's contents at PATH in the archive,
# executable if FILE is) or DIR/ (an empty directory). Parent
# directories are added as needed.
set -eu
[ $# -ge 2 ] || { echo "usage: mkinitramfs.sh OUT.cpio PATH=FILE|DIR/ ..." >&2; exit 2; }
out=$1
shift
command -v cpio >/dev/null || { echo "mkinitramfs.sh: needs cpio (apt-get install cpio)" >&2; exit 1; }
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
for e in "$@"; do
	case $e in
	*=*)
		path=${e%%=*} file=${e#*=}
		[ -f "$file" ] || { echo "mkinitramfs.sh: $file: no such file" >&2; exit 1; }
		mkdir -p "$tree/$(dirname "$path")"
		cp "$file" "$tree/$path"
		if [ -x "$file" ]; then chmod 0755 "$tree/$path"; else chmod 0644 "$tree/$path"; fi ;;
	*/)
		mkdir -p "$tree/$e" ;;
	*)
		echo "mkinitramfs.sh: '$e' is neither PATH=FILE nor DIR/" >&2; exit 2 ;;
	esac
done
find "$tree" -type d -exec chmod 0755 {} +
# 2000-01-01: any fixed date will do; the kernel shows it as the files' time.
find "$tree" -exec touch -h -d @946684800 {} +
tmp=$(cd "$(dirname "$out")" && pwd)/$(basename "$out").tmp
(cd "$tree" && find . -mindepth 1 | LC_ALL=C sort |
	cpio --quiet -o -H newc --reproducible --owner=0:0 >"$tmp")
mv "$tmp" "$out"
