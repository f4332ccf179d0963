/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/threads.h - the largest CPU number the kernel is built for.
 * Linux: the same file, where CONFIG_NR_CPUS sets NR_CPUS; tinymm fixes
 * it at 4, the most CPUs its QEMU test matrix starts (-smp 4).
 */
#ifndef _LINUX_THREADS_H
#define _LINUX_THREADS_H

#define NR_CPUS		4

#endif
