# docs/walkthroughs/05-redzone.gdb - chapter 05, section 11: GDB plays the
# buggy kernel code. Boot with slab_debug=FZPU and type
#   kmalloc 150, kfree 0, kmalloc 64, kfree 0, kmalloc 64:
# GDB writes one byte past the kmalloc(150) object (into its red zone,
# reported by the kfree), then one byte into the kmalloc(64) object after
# it was freed (poison, reported by the next kmalloc 64).
#   python3 docs/walkthroughs/drive.py --bootargs "slab_debug=FZPU printk.time=0" \
#       --console docs/walkthroughs/05-redzone.gdb "kmalloc 150" "kfree 0" \
#       "kmalloc 64" "kfree 0" "kmalloc 64"
set pagination off
# kmalloc 150: cmd_kmalloc() calls ksize(p) right after kmalloc()
tbreak cmd_kmalloc
continue
tbreak ksize
continue
set $p = (unsigned char *)objp
printf "kmalloc(150) = %p: writing 0x12 at p + 192\n", $p
set var *($p + 192) = 0x12
# kfree 0 reports it; then kmalloc 64, and its kfree 0: stop in kfree()
tbreak cmd_kmalloc
continue
tbreak cmd_kfree
continue
tbreak kfree
continue
set $q = (unsigned char *)objp
finish
printf "kfree(%p) done: writing 0x9a at p + 10\n", $q
set var *($q + 10) = 0x9a
continue
