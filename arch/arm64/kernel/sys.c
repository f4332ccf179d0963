// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/sys.c - the memory system calls, as thin wrappers.
 * Linux: arch/arm64/kernel/sys.c (mmap) and the SYSCALL_DEFINEs at the
 * bottom of mm/mmap.c (brk, munmap), mm/mprotect.c, mm/mlock.c,
 * mm/madvise.c.
 *
 * The mm functions act on current->mm, as Linux's do (the host tests
 * adopt an mm first); the system calls, which exist only in the kernel,
 * sit together here because the mm files are built on the host too.
 * brk's body is mm_brk() in mm/mmap.c for the same reason. Each is the
 * user-facing entry of one mechanism: follow do_mmap, mm_brk,
 * do_mprotect_pkey, ... from here.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/syscalls.h>

/* Linux: ksys_mmap_pgoff() in mm/mmap.c */
static unsigned long ksys_mmap_pgoff(unsigned long addr, unsigned long len,
				     unsigned long prot, unsigned long flags,
				     unsigned long fd, unsigned long pgoff)
{
	struct file *file = NULL;
	unsigned long retval;

	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(fd);
		if (!file)
			return -EBADF;
	}
	retval = vm_mmap_pgoff(file, addr, len, prot, flags,
			       pgoff);
	if (file)
		fput(file);	/* the VMA took its own reference */
	return retval;
}

SYSCALL_DEFINE6(mmap, unsigned long, addr, unsigned long, len,
		unsigned long, prot, unsigned long, flags,
		unsigned long, fd, unsigned long, off)
{
	if (offset_in_page(off))
		return -EINVAL;
	return ksys_mmap_pgoff(addr, len, prot, flags, fd, off >> PAGE_SHIFT);
}

SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	return __vm_munmap(addr, len, true);
}

SYSCALL_DEFINE1(brk, unsigned long, brk)
{
	return mm_brk(brk);
}

SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len,
		unsigned long, prot)
{
	return do_mprotect_pkey(start, len, prot, -1);
}

SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	return do_mlock(start, len, VM_LOCKED);
}

SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	return do_munlock(start, len);
}

SYSCALL_DEFINE3(madvise, unsigned long, start, size_t, len_in, int, behavior)
{
	return do_madvise(current->mm, start, len_in, behavior);
}
