/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host twin of asm/pgtable.h: arm64's own accessors, unchanged. They reach
 * table pages through phys_to_virt(), which on the host is the arena, so
 * mm/vmalloc.c builds real arm64-format tables in host memory.
 * swapper_pg_dir is defined by the host test that uses it
 * (tests/host/vmalloc_test.c); barriers come from the host's no-op
 * asm/barrier.h.
 */
#include_next <asm/pgtable.h>
