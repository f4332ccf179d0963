/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's sysreg.h, for its bit definitions (MAIR indices used by
 * pgtable-prot.h). Its mrs/msr macros are never expanded on the host.
 */
#include_next <asm/sysreg.h>
