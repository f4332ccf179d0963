#!/usr/bin/env python3
"""tests/fuzz/mkregress.py - write the hand-made misuse cases of
tests/fuzz/regressions/ from their op lists (opcode numbers are the index in
mm_fuzz.c's ops[] table), after a boot-options byte of 0. Each file is one
misuse after the setup it needs; run again when ops[] changes:
python3 tests/fuzz/mkregress.py."""
import os

ALLOC_PAGES, FREE_PAGES, KMALLOC, KFREE = 0, 1, 2, 3
CACHE_CREATE, CACHE_ALLOC, CACHE_FREE = 5, 6, 7
VMALLOC, VFREE = 9, 10
DOUBLE_FREE_PAGES, DOUBLE_KFREE, DOUBLE_CACHE_FREE = 20, 21, 22
FREE_INTERIOR, CACHE_FREE_WRONG, WRONG_ORDER = 23, 24, 25
KFREE_BAD, VFREE_BAD, KREALLOC_FREED = 26, 27, 28

COMP = 0x40
K64 = [KMALLOC, 1, 64, 0]             # kmalloc(65): size class 1, 1 + 64
K128 = [KMALLOC, 1, 0x7f, 0]          # kmalloc(128)
LARGE = [KMALLOC, 2, 0, 0x10]         # kmalloc(8192 + 1 + 4096)
CACHE64 = [CACHE_CREATE, 56, 0, 0]    # kmem_cache_create(fuzz-0, 64)
CACHE120 = [CACHE_CREATE, 112, 0, 0]  # kmem_cache_create(fuzz-1, 120)
VM2 = [VMALLOC, 0x00, 0x20]           # vmalloc(4097)

CASES = {
    'double-free-pages': [ALLOC_PAGES, 2, 0, FREE_PAGES, 0,
                          DOUBLE_FREE_PAGES, 0],
    'double-free-compound': [ALLOC_PAGES, 3, COMP, FREE_PAGES, 0,
                             DOUBLE_FREE_PAGES, 0],
    'double-kfree': K64 + [KFREE, 0, DOUBLE_KFREE, 0],
    'double-kfree-after-others': K64 + K64 + K64 +
        [KFREE, 0, KFREE, 0, KFREE, 0, DOUBLE_KFREE, 0],
    'double-kfree-large': LARGE + [KFREE, 0, DOUBLE_KFREE, 0],
    'double-kmem-cache-free': CACHE64 + [CACHE_ALLOC, 0, CACHE_FREE, 0,
                                         DOUBLE_CACHE_FREE, 0],
    'kfree-interior': K128 + [FREE_INTERIOR, 0, 7],
    'kmem-cache-free-interior': CACHE64 + [CACHE_ALLOC, 0,
                                           FREE_INTERIOR, 0x80, 7],
    'kmem-cache-free-wrong-cache': CACHE64 + CACHE120 +
        [CACHE_ALLOC, 0, CACHE_FREE_WRONG, 0, 1],
    'kmem-cache-free-kmalloc-object': CACHE64 + K64 +
        [CACHE_FREE_WRONG, 0x80, 0],
    'free-pages-compound-smaller-order': [ALLOC_PAGES, 3, COMP,
                                          WRONG_ORDER, 0, 1],
    'free-pages-compound-larger-order': [ALLOC_PAGES, 2, COMP,
                                         WRONG_ORDER, 0, 4],
    'free-pages-plain-larger-order': [ALLOC_PAGES, 2, 0, WRONG_ORDER, 0, 3],
    'free-pages-plain-smaller-order': [ALLOC_PAGES, 3, 0, WRONG_ORDER, 0, 1],
    'kfree-global': [KFREE_BAD, 0],
    'kfree-vmalloc-address': VM2 + [KFREE_BAD, 1],
    'vfree-unaligned': VM2 + [VFREE_BAD, 0],
    'vfree-linear-address': [ALLOC_PAGES, 0, 0, VFREE_BAD, 1],
    'vfree-never-mapped': [VFREE_BAD, 2],
    'vfree-twice': VM2 + [VFREE, 0, VFREE_BAD, 3],
    'krealloc-freed': K64 + [KFREE, 0, KREALLOC_FREED, 0, 1, 0x80, 0],
}

here = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                    'regressions')
os.makedirs(here, exist_ok=True)
for name, ops in CASES.items():
    with open(os.path.join(here, 'misuse-' + name), 'wb') as f:
        f.write(bytes([0] + ops))     # default boot options
