/* SPDX-License-Identifier: GPL-2.0 */
/* linux/vmstat.h - system-wide page counters. Linux: include/linux/vmstat.h. */
#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H

#include <linux/mmzone.h>

/* Sum of one zone counter over every zone (Linux keeps a global copy). */
unsigned long global_zone_page_state(enum zone_stat_item item);

#endif
