/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's page-table types unchanged: they are plain C. */
#include_next <asm/pgtable-types.h>
