#!/usr/bin/env bash
# Guests from Debian's archive, fetched once into a cache outside the
# repository that `make clean` keeps: DEPS_CACHE, by default
# ~/.cache/hyp-aarch64. Nothing fetched is committed.
#
#   deps-guest.sh ITEM...
#
#   linux-image-arm64        Debian's generic arm64 kernel (KVM built in)
#   linux-image-cloud-arm64  the cloud flavour (smaller, no KVM)
#   busybox-static           a static BusyBox for arm64
#
# A kernel item gives DEPS_CACHE/ITEM/Image (its vmlinuz: on arm64 a
# raw, uncompressed Image) and config; busybox-static gives
# DEPS_CACHE/busybox-static/bin/busybox. Each item's `package` file
# names the exact package and version. The .deb files stay in
# DEPS_CACHE/debs: a .deb copied there by hand is used without network.
set -u
cache=${DEPS_CACHE:-$HOME/.cache/hyp-aarch64}
[ $# -gt 0 ] || { echo "usage: deps-guest.sh linux-image-arm64|linux-image-cloud-arm64|busybox-static ..." >&2; exit 2; }

if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo=(sudo -n)
else
	sudo=(false)
fi

# Tools: cpio builds the initramfs (common/tools/mkinitramfs.sh).
if ! command -v cpio >/dev/null 2>&1; then
	echo "deps-guest: installing cpio ..." >&2
	if ! "${sudo[@]}" apt-get install -y -qq cpio >&2; then
		echo "error: cpio is missing. Install with:" >&2
		echo "    sudo apt-get install -y cpio" >&2
		exit 1
	fi
fi

# apt must know arm64 packages: a foreign architecture, then an update.
arm64_ready() {
	dpkg --print-foreign-architectures | grep -qx arm64 &&
		apt-cache show busybox-static:arm64 >/dev/null 2>&1
}
need_arm64() {
	arm64_ready && return 0
	echo "deps-guest: adding arm64 to apt's architectures (dpkg --add-architecture arm64; apt-get update) ..." >&2
	if ! "${sudo[@]}" dpkg --add-architecture arm64 ||
	   ! "${sudo[@]}" apt-get update -qq >&2 || ! arm64_ready; then
		echo "error: apt cannot see Debian's arm64 packages. Run:" >&2
		echo "    sudo dpkg --add-architecture arm64 && sudo apt-get update" >&2
		return 1
	fi
}

# The package apt offers now for ITEM: the kernel metapackage's current
# image, in its unsigned form (the raw Image, not an EFI-signed one).
resolve() {
	local item=$1 dep
	case $item in
	busybox-static) echo busybox-static ;;
	linux-image-arm64 | linux-image-cloud-arm64)
		dep=$(apt-cache depends "$item:arm64" 2>/dev/null |
			sed -n 's/^ *Depends: \(linux-image-[0-9][^:]*\).*/\1/p' | head -n 1)
		[ -n "$dep" ] || return 1
		if apt-cache show "$dep-unsigned:arm64" >/dev/null 2>&1; then
			echo "$dep-unsigned"
		else
			echo "$dep"
		fi ;;
	*) return 1 ;;
	esac
}

# A .deb for ITEM already in the cache (the newest), or nothing.
cached_deb() {
	local pattern
	case $1 in
	busybox-static) pattern='busybox-static_*_arm64.deb' ;;
	linux-image-arm64) pattern='linux-image-[0-9]*-arm64-unsigned_*_arm64.deb' ;;
	linux-image-cloud-arm64) pattern='linux-image-[0-9]*-cloud-arm64-unsigned_*_arm64.deb' ;;
	esac
	# shellcheck disable=SC2086
	(cd "$cache/debs" && ls $pattern 2>/dev/null) | sort -V |
		if [ "$1" = linux-image-arm64 ]; then   # not the cloud or rt flavours
			grep -v -e '-cloud-arm64' -e '-rt-arm64'
		else
			cat
		fi | tail -n 1
}

fetch() {
	local item=$1 deb pkg dir
	deb=$(cached_deb "$item")
	if [ -z "$deb" ]; then
		need_arm64 || return 1
		if ! pkg=$(resolve "$item"); then
			echo "error: apt offers no package for $item (arm64)." >&2
			return 1
		fi
		echo "deps-guest: downloading $pkg:arm64 into $cache/debs ..." >&2
		if ! (cd "$cache/debs" && apt-get download -q -o APT::Sandbox::User="$(id -un)" \
				"$pkg:arm64" >/dev/null 2>"$cache/debs/apt.log"); then
			cat "$cache/debs/apt.log" >&2
			echo "error: could not download $pkg:arm64 (no network?). On a machine" >&2
			echo "with Debian 12's archive run 'apt-get download $pkg:arm64'" >&2
			echo "and copy the .deb into $cache/debs/; then run 'make deps' again." >&2
			return 1
		fi
		rm -f "$cache/debs/apt.log"
		deb=$(cached_deb "$item")
		[ -n "$deb" ] || { echo "error: $pkg downloaded, but no .deb in $cache/debs" >&2; return 1; }
	fi
	dir=$cache/$item
	rm -rf "$dir.tmp"
	mkdir -p "$dir.tmp"
	case $item in
	busybox-static)
		dpkg -x "$cache/debs/$deb" "$dir.tmp" || return 1
		[ -x "$dir.tmp/bin/busybox" ] || { echo "error: $deb has no bin/busybox" >&2; return 1; } ;;
	*)
		# Only /boot: the modules are not needed (what the kernel
		# needs is built in) and take hundreds of megabytes.
		dpkg-deb --fsys-tarfile "$cache/debs/$deb" | tar -x -C "$dir.tmp" ./boot || return 1
		mv "$dir.tmp"/boot/vmlinuz-* "$dir.tmp/Image" &&
		mv "$dir.tmp"/boot/config-* "$dir.tmp/config" || return 1
		rm -rf "$dir.tmp/boot" ;;
	esac
	dpkg-deb -f "$cache/debs/$deb" Package Version Architecture | tr '\n' ' ' |
		sed 's/Package: //; s/ Version: / /; s/ Architecture: / /; s/ $/\n/' >"$dir.tmp/package"
	rm -rf "$dir"
	mv "$dir.tmp" "$dir"
	echo "deps-guest: $item is $(cat "$dir/package") in $dir" >&2
}

mkdir -p "$cache/debs" || exit 1
status=0
for item in "$@"; do
	case $item in
	linux-image-arm64 | linux-image-cloud-arm64 | busybox-static) ;;
	*) echo "error: unknown item '$item'" >&2; exit 2 ;;
	esac
	[ -s "$cache/$item/package" ] && continue        # fetched before
	fetch "$item" || status=1
done
exit $status
