# docs/walkthroughs/05-layout.gdb - chapter 05, section 3: the layout of
# every kmalloc cache, read from its struct kmem_cache once
# kmem_cache_init() has made them all.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/05-layout.gdb
set pagination off
break kmem_cache_init_late
continue
python
import gdb
print('cache          size  num order colour_off colour freelist')
# kmalloc_caches[KMALLOC_NORMAL][i], i as kmalloc_index(): 1 = 96, 2 = 192,
# 3..13 = 2^3..2^13; in order of size
for i in (3, 4, 5, 6, 1, 7, 2, 8, 9, 10, 11, 12, 13):
    c = gdb.parse_and_eval('kmalloc_caches[0][%d]' % i)
    off = int(c['flags']) & 0x80000000      # CFLGS_OFF_SLAB
    size, num, order = int(c['size']), int(c['num']), int(c['gfporder'])
    fl = int(c['freelist_size'])
    left = (4096 << order) - num * size - (0 if off else fl)
    if off:
        where = 'off-slab, %d B in %s' % (
            fl, c['freelist_cache']['name'].string())
    else:
        where = 'on-slab, %d B' % fl
    print('%-13s %5d %4d %5d %10d %6d %s; %d B left over' % (
        c['name'].string(), size, num, order, int(c['colour_off']),
        int(c['colour']), where, left))
end
delete
continue
