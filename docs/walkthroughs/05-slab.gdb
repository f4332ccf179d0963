# docs/walkthroughs/05-slab.gdb - chapter 05, section 14: two kmalloc(2000)
# calls; the first takes the object waiting in CPU 0's kmalloc-2k array,
# the second finds the array and the slabs empty and goes down to the
# buddy allocator for a new slab.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/05-slab.gdb \
#       "kmalloc 2000" "kmalloc 2000" slabinfo
set pagination off
break cmd_kmalloc
continue
printf "kmalloc-2k: free_objects %lu\n", kmalloc_caches[0][11]->node[0]->free_objects
p *$lx_per_cpu_ptr(kmalloc_caches[0][11]->cpu_cache, 0)
delete
break ksize
commands
silent
printf "kmalloc -> %p, kmalloc-2k avail=%u\n", objp, $lx_per_cpu_ptr(kmalloc_caches[0][11]->cpu_cache, 0)->avail
continue
end
break kmem_getpages
continue
bt
frame 2
printf "%s: free_objects %lu\n", cachep->name, cachep->node[0]->free_objects
p *$lx_per_cpu_ptr(cachep->cpu_cache, 0)
tbreak __alloc_pages
continue
finish
set $pg = $
tbreak cache_grow_end
continue
printf "s_mem %p freelist %p active %u\n", $pg->s_mem, $pg->freelist, $pg->active
p *$lx_per_cpu_ptr(kmalloc_caches[0][11]->cpu_cache, 0)->entry@2
break cmd_slabinfo
continue
lx-slabinfo
delete
continue
