# docs/walkthroughs/05-boot.gdb - chapter 05, section 9: the slab caches
# as the bootstrap leaves them (kmem_cache_init_late() has printed its
# "SLAB: ..." line), what CPU 0's array of kmalloc-192 holds then (its
# per-CPU pointer plus CPU 0's __per_cpu_offset, as per_cpu_ptr()), and
# how much of each CPU's per-CPU unit the arrays take.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/05-boot.gdb
set pagination off
break kmem_cache_init_late
continue
finish
lx-slabinfo
p kmalloc_caches[0][2]->cpu_cache
p *(struct array_cache *)((unsigned long)kmalloc_caches[0][2]->cpu_cache + __per_cpu_offset[0])
p sizeof(struct kmem_cache)
p sizeof(struct kmem_cache_node)
p sizeof(struct array_cache) + 2 * 120 * sizeof(void *)
p pcpu_first_chunk.nr_bits * 4 - pcpu_first_chunk.free_bytes
delete
continue
