/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/security.h - the one LSM hook mm calls: may this mm be promised
 * pages more memory? Linux: include/linux/security.h, which with
 * CONFIG_SECURITY asks every LSM's vm_enough_memory hook and without it
 * asks cap_vm_enough_memory() (security/commoncap.c) alone: "is the
 * caller CAP_SYS_ADMIN?", which decides whether the admin reserve of
 * vm.admin_reserve_kbytes may be spent.
 *
 * Simplified: tinymm has no credentials; every task is root, so every
 * caller may use the admin reserve, as root's processes do on Linux.
 */
#ifndef _LINUX_SECURITY_H
#define _LINUX_SECURITY_H

#include <linux/mm.h>

/* 1 if the caller may dip into the admin reserve (commoncap.c). */
static inline int cap_vm_enough_memory(struct mm_struct *mm, long pages)
{
	return 1;
}

/*
 * Charge pages to vm_committed_as if the overcommit policy allows it.
 * Returns 0 (charged: the caller gives them back with vm_unacct_memory())
 * or -ENOMEM (nothing charged). Does not sleep.
 */
static inline int security_vm_enough_memory_mm(struct mm_struct *mm,
					       long pages)
{
	return __vm_enough_memory(mm, pages, cap_vm_enough_memory(mm, pages));
}

#endif /* _LINUX_SECURITY_H */
