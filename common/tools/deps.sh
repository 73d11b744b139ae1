#!/usr/bin/env bash
# Make sure the tools the tutorial needs are installed. As root, or with
# password-less sudo, install what is missing from Debian's archive;
# otherwise name the exact command to run, and fail.
set -u

# command  Debian package that provides it
tools=(
	"aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu"
	"qemu-system-aarch64   qemu-system-arm"
	"gdb-multiarch         gdb-multiarch"
	"cc                    gcc"
	"clang                 clang"
	"dtc                   device-tree-compiler"
)

missing=()
for t in "${tools[@]}"; do
	read -r cmd pkg <<<"$t"
	command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
done
# libFuzzer, for the fuzz tests: clang's runtime libraries.
fuzzer_lib() {
	local dir
	dir=$(clang -print-resource-dir 2>/dev/null) || return 1
	ls "$dir"/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1
}
fuzzer_lib || missing+=("libclang-rt-dev")
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo=(sudo -n)
else
	echo "error: missing ${missing[*]}. Install with:" >&2
	echo "    sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi

echo "deps: installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -qq >&2 ||
   ! "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2; then
	echo "error: could not install ${missing[*]}. Try:" >&2
	echo "    sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi
for t in "${tools[@]}"; do
	read -r cmd pkg <<<"$t"
	if ! command -v "$cmd" >/dev/null 2>&1; then
		echo "error: $pkg is installed but $cmd is still missing" >&2
		exit 1
	fi
done
if ! fuzzer_lib; then
	echo "error: libclang-rt-dev is installed but clang finds no libFuzzer" >&2
	exit 1
fi
echo "deps: done" >&2
