/* SPDX-License-Identifier: GPL-2.0 */
/* Host twin: the arm64 header is plain C; use it as it is. */
#include_next <asm/processor.h>
