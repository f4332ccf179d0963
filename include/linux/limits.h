/* SPDX-License-Identifier: GPL-2.0 */
/* linux/limits.h - Linux: include/uapi/linux/limits.h */
#ifndef _LINUX_LIMITS_H
#define _LINUX_LIMITS_H

#define PATH_MAX	4096	/* bytes in a path name, with the NUL */

#endif
