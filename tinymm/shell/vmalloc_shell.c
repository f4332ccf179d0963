// SPDX-License-Identifier: GPL-2.0
/*
 * tinymm/shell/vmalloc_shell.c - shell commands for vmalloc: vmallocinfo
 * (Linux's /proc/vmallocinfo) and vmalloc/vfree to watch areas come and go.
 * tinymm's own, not in Linux: there the file is read and the allocations come
 * from kernel code.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/vmalloc.h>
#include <tinymm/shell.h>

static int cmd_vmallocinfo(int argc, char **argv)
{
	return shell_show(vmallocinfo_show, NULL);
}
SHELL_CMD("vmallocinfo", cmd_vmallocinfo,
	  "vmallocinfo: every vmalloc/vmap/ioremap area (/proc/vmallocinfo)");

#define VMALLOC_SHELL_ALLOCS	16

static void *vallocs[VMALLOC_SHELL_ALLOCS];

/*
 * Kept out of line, so that vmallocinfo names it as the caller and GDB
 * can "break vmalloc_shell_alloc" to follow one vmalloc() down.
 */
static noinline void *vmalloc_shell_alloc(unsigned long size)
{
	void *p = vmalloc(size);

	barrier();	/* not a tail call, or the caller shown is cmd_vmalloc */
	return p;
}

static int cmd_vmalloc(int argc, char **argv)
{
	unsigned long size;
	int id;

	if (argc == 1) {
		for (id = 0; id < VMALLOC_SHELL_ALLOCS; id++)
			if (vallocs[id])
				shell_printf("id %d: %px (%zu bytes)\n", id, vallocs[id],
					     get_vm_area_size(find_vm_area(vallocs[id])));
		return 0;
	}
	if (argc != 2 || !(size = memparse(argv[1], NULL))) {
		shell_printf("usage: vmalloc <size, e.g. 8192 or 64K>\n");
		return -EINVAL;
	}
	for (id = 0; id < VMALLOC_SHELL_ALLOCS && vallocs[id]; id++)
		;
	if (id == VMALLOC_SHELL_ALLOCS) {
		shell_printf("vmalloc: all %d slots in use; vfree one first\n", id);
		return -ENOSPC;
	}
	vallocs[id] = vmalloc_shell_alloc(size);
	if (!vallocs[id]) {
		shell_printf("vmalloc: allocation of %lu bytes failed\n", size);
		return -ENOMEM;
	}
	shell_printf("id %d: %px\n", id, vallocs[id]);
	return 0;
}
SHELL_CMD("vmalloc", cmd_vmalloc, "vmalloc <size>: vmalloc(); no args: list");

static int cmd_vfree(int argc, char **argv)
{
	unsigned int id;

	if (argc != 2 || kstrtouint(argv[1], 0, &id) ||
	    id >= VMALLOC_SHELL_ALLOCS || !vallocs[id]) {
		shell_printf("usage: vfree <id> (ids as vmalloc printed them)\n");
		return -EINVAL;
	}
	vfree(vallocs[id]);
	vallocs[id] = NULL;
	return 0;
}
SHELL_CMD("vfree", cmd_vfree, "vfree <id>: vfree() what vmalloc returned");
