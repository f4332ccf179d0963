# docs/walkthroughs/05-create.gdb - chapter 05, exercise 1: GDB creates a
# cache of 3000-byte objects, kmem_cache_create("x", 3000, 0, 0, NULL),
# when the shell's slabinfo command starts, so slabinfo lists it.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/05-create.gdb slabinfo
#   python3 docs/walkthroughs/drive.py --bootargs slab_max_order=0 \
#       docs/walkthroughs/05-create.gdb slabinfo
# (There is no malloc() for GDB to put a string in: the name goes into a
# kmalloc'ed buffer.)
set pagination off
break cmd_slabinfo
continue
set $name = (char *)__kmalloc(8, 0xcc0)
set var $name[0] = 'x'
set var $name[1] = 0
set $c = kmem_cache_create($name, 3000, 0, 0, 0)
printf "%s: size %u, num %u, gfporder %u, colour %lu, colour_off %u, ", $c->name, $c->size, $c->num, $c->gfporder, $c->colour, $c->colour_off
if $c->flags & 0x80000000
  printf "off-slab freelist (CFLGS_OFF_SLAB)\n"
else
  printf "on-slab freelist\n"
end
delete
continue
