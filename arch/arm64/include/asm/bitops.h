/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/bitops.h - finding set bits. Linux: arch/arm64/include/asm/bitops.h,
 * which takes the compiler-builtin versions from asm-generic: arm64 has
 * clz (count leading zeros) and rbit (reverse bits), so each is one or
 * two instructions. The atomic bit operations are in linux/bitops.h.
 */
#ifndef __ASM_BITOPS_H
#define __ASM_BITOPS_H

#include <asm-generic/bitops/builtin-__ffs.h>
#include <asm-generic/bitops/builtin-ffs.h>
#include <asm-generic/bitops/builtin-__fls.h>
#include <asm-generic/bitops/builtin-fls.h>
#include <asm-generic/bitops/fls64.h>

#endif
