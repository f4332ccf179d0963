#!/usr/bin/env bash
# docs/walkthroughs/memmap-pictures.sh - draw again every picture of
# physical memory in docs/img/ (chapters 02, 03 and 04), from real boots:
#
#   memmap-1g.png              a fresh 1 GB boot (make memmap)
#   memmap-5g.png              a fresh 5 GB boot: DMA32 and Normal
#   memmap-128m-alloc10.png    128 MB after alloc 10 until it fails
#   memmap-antifrag-on.png     during ktest=antifrag, grouping by mobility
#   memmap-antifrag-off.png    the same workload, grouping off
#   memmap-antifrag-after.png  at the prompt once the experiment is over
#
# All but two come from the shell's pageblocks command
# (tools/memmap.py --boot). The two "during" pictures are taken with GDB:
# QEMU waits for it, a breakpoint stops tests/kernel/antifrag_kunit.c
# right after each run's allocations, and lx-pageblocks prints the same
# text the shell would. Run from anywhere; needs a built tree (make).
# Not in Linux.
set -euo pipefail
cd "$(dirname "$0")/../.."
make -s all
img=docs/img
mkdir -p "$img"
memmap() { python3 tools/memmap.py "$@" | sed 's/^/  /'; }

echo "memmap-pictures: fresh boots"
memmap --boot --mem 1G -o "$img/memmap-1g.png" --subtitle \
	'a fresh 1 GB boot: the kernel image and the DTB low, mem_map at the top, the slab'"'"'s two Unmovable pageblocks'
memmap --boot --mem 5G -o "$img/memmap-5g.png" --subtitle \
	'a fresh 5 GB boot: DMA32 below 4 GiB, Normal above; the slab'"'"'s pageblocks at the start of Normal, mem_map at its top'
alloc10=()
for i in $(seq 30); do alloc10+=(--cmd 'alloc 10'); done
memmap --boot --mem 128M "${alloc10[@]}" -o "$img/memmap-128m-alloc10.png" \
	--subtitle 'MEM=128M after alloc 10 until it fails: free 2 MB pageblocks, but each one'"'"'s buddy is in use'
memmap --boot --mem 1G --bootargs ktest=antifrag \
	-o "$img/memmap-antifrag-after.png" --subtitle \
	'after ktest=antifrag, all freed: the grouping-off run left 34 pageblocks Unmovable'

echo "memmap-pictures: during the antifrag experiment, from GDB"
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
line=$(grep -n 'memset(af_blocks' tests/kernel/antifrag_kunit.c | cut -d: -f1)
qemu-system-aarch64 -machine virt -nic none -cpu cortex-a72 -m 1G -smp 1 \
	-display none -monitor none -serial "file:$tmp/console.log" \
	-semihosting -no-reboot -kernel build/Image \
	-append 'ktest=antifrag ktest.exit=1' -S -gdb "tcp:127.0.0.1:$port" \
	2>"$tmp/qemu.err" &
qemu=$!
trap 'kill $qemu 2>/dev/null || true; rm -rf "$tmp"' EXIT
cat > "$tmp/antifrag.gdb" <<EOF
set pagination off
break antifrag_kunit.c:$line
continue
python open('$tmp/on.txt', 'w').write(gdb.execute('lx-pageblocks', to_string=True))
continue
python open('$tmp/off.txt', 'w').write(gdb.execute('lx-pageblocks', to_string=True))
EOF
gdb-multiarch -batch -nx build/kernel.elf -x tools/gdb/vmlinux-gdb.py \
	-ex "target remote 127.0.0.1:$port" -x "$tmp/antifrag.gdb" >/dev/null
kill $qemu 2>/dev/null || true
memmap "$tmp/on.txt" -o "$img/memmap-antifrag-on.png" --subtitle \
	'during ktest=antifrag, grouping on: the 16384 movable pages fill Movable pageblocks, the 512 unmovable ones stay in 2 Unmovable ones'
memmap "$tmp/off.txt" -o "$img/memmap-antifrag-off.png" --subtitle \
	'the same moment with grouping off (page_group_by_mobility_disabled): every page Unmovable, 34 pageblocks taken over'
ls -l "$img"/memmap-*.png
