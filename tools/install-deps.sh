#!/usr/bin/env bash
# tools/install-deps.sh - install what building and testing tinymm needs, on
# Debian or Ubuntu: an aarch64 cross GCC, QEMU, gdb-multiarch, python3, dtc,
# a host gcc/make/libc with the ASan/UBSan runtimes for the host tests,
# matplotlib for the pictures of physical memory (tools/memmap.py),
# procps (free, slabtop), which reads tinymm's /proc text in the README,
# and clang with its libFuzzer runtime for make fuzz (tests/fuzz/).
# Silent when everything is already there; otherwise says what it installs.
set -euo pipefail

missing=()
need() {			# need PACKAGE CHECK-COMMAND...
	local pkg=$1; shift
	"$@" >/dev/null 2>&1 || missing+=("$pkg")
}
have() { command -v "$1"; }

# A sanitizer build proves gcc, libc6-dev and libasan/libubsan at once.
host_cc_ok() {
	local out
	out=$(mktemp)
	echo 'int main(void){return 0;}' |
		gcc -fsanitize=address,undefined -x c - -o "$out"
	local rc=$?
	rm -f "$out"
	return $rc
}
# The Agg backend draws into a PNG with no display, as tools/memmap.py does.
# The package serves Debian's own /usr/bin/python3, which memmap.py falls
# back to when the python3 first in PATH (pyenv, a venv) lacks matplotlib.
matplotlib_ok() {
	/usr/bin/python3 -c 'import matplotlib; matplotlib.use("Agg"); import matplotlib.pyplot'
}
# libFuzzer with ASan and UBSan: libclang_rt.fuzzer*.a comes with
# libclang-rt-dev (Debian 12, Ubuntu 24.04: libclang-rt-14-dev, -18-dev,
# only "recommended" by clang) or with clang's own libclang-common-14-dev
# (Ubuntu 22.04, which has no libclang-rt-dev).
fuzz_cc_ok() {
	local out
	out=$(mktemp)
	echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){return 0;}' |
		clang -fsanitize=fuzzer,address,undefined -x c - -o "$out"
	local rc=$?
	rm -f "$out"
	return $rc
}
cross_cc_ok() {
	have aarch64-none-elf-gcc ||
		{ have aarch64-linux-gnu-gcc && have aarch64-linux-gnu-objcopy; }
}

check() {
	missing=()
	need gcc-aarch64-linux-gnu	cross_cc_ok
	need binutils-aarch64-linux-gnu	cross_cc_ok
	need qemu-system-arm		qemu-system-aarch64 --version
	need gdb-multiarch		gdb-multiarch --version
	need python3			python3 --version
	need python3-matplotlib		matplotlib_ok
	need device-tree-compiler	dtc --version
	need make			make --version
	need procps			free --version
	need gcc			have gcc
	need libc6-dev			host_cc_ok
	need clang			have clang
	need libclang-rt-dev		fuzz_cc_ok
}

check
[ ${#missing[@]} -eq 0 ] && exit 0

export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif have sudo >/dev/null; then
	sudo=(sudo -E)
else
	echo "install-deps: not root and no sudo; run as root:" >&2
	echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
	exit 1
fi
"${sudo[@]}" apt-get update -qq
# no libclang-rt-dev (Ubuntu 22.04): clang's dependencies carry the runtime
if [[ " ${missing[*]} " == *" libclang-rt-dev "* ]] &&
	! apt-cache show libclang-rt-dev >/dev/null 2>&1; then
	missing=("${missing[@]/libclang-rt-dev/clang}")
fi
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

check
if [ ${#missing[@]} -ne 0 ]; then
	echo "install-deps: still missing after install: ${missing[*]}" >&2
	exit 1
fi
echo "install-deps: done"
