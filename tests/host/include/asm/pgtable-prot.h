/* SPDX-License-Identifier: GPL-2.0 */
/* The host uses arm64's protections unchanged: they are plain C. */
#include "../../../../arch/arm64/include/asm/pgtable-prot.h"
