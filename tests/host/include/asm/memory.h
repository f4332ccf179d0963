/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host uses arm64's virtual layout constants unchanged (vmalloc's
 * range, the fixmap...); the header leaves out its __va/__pa under
 * __KERNEL_HOST__, since the host's asm/page.h translates over the arena.
 */
#include_next <asm/memory.h>
