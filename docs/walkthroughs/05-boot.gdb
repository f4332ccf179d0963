# docs/walkthroughs/05-boot.gdb - chapter 05, section 9: the slab caches
# as the bootstrap leaves them (kmem_cache_init_late() has printed its
# "SLAB: ..." line), and what kmalloc-8's per-CPU array holds then.
#   python3 docs/walkthroughs/drive.py docs/walkthroughs/05-boot.gdb
set pagination off
break kmem_cache_init_late
continue
finish
lx-slabinfo
p *kmalloc_caches[0][3]->cpu_cache[0]
p sizeof(struct kmem_cache)
p sizeof(struct kmem_cache_node)
p sizeof(struct array_cache) + 2 * 120 * sizeof(void *)
delete
continue
