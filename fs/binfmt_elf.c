// SPDX-License-Identifier: GPL-2.0
/*
 * fs/binfmt_elf.c - loading a static ELF program. Linux: the same file
 * (load_elf_binary, elf_map, set_brk, padzero, create_elf_tables).
 *
 * Each PT_LOAD segment becomes a private file mapping of the program file:
 * text read+execute, data read+write (copy-on-write: writes never reach
 * the file). The segment's tail beyond the file (bss) is zeroed in its last
 * file page and continued with anonymous memory (vm_brk_flags); the heap
 * (brk) begins after it. Then the stack gets argc, argv[], envp[] and the
 * auxiliary vector, the layout the C library's _start expects.
 *
 * Simplified: static, non-PIE (ET_EXEC) programs only: no interpreter
 * (PT_INTERP), no ASLR of the load address, stack or brk (Linux
 * randomizes all three; we skip it so addresses in the docs stay true).
 */
#include <linux/kernel.h>
#include <linux/binfmts.h>
#include <linux/elf.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/uaccess.h>

#define ELF_PAGESTART(v)	((v) & ~(unsigned long)(PAGE_SIZE - 1))
#define ELF_PAGEOFFSET(v)	((v) & (PAGE_SIZE - 1))
#define ELF_MAX_PHNUM		16

static bool elf_check_header(const Elf64_Ehdr *eh)
{
	return !memcmp(eh->e_ident, ELFMAG, SELFMAG) &&
	       eh->e_ident[EI_CLASS] == ELFCLASS64 &&
	       eh->e_ident[EI_DATA] == ELFDATA2LSB &&
	       eh->e_type == ET_EXEC && eh->e_machine == EM_AARCH64 &&
	       eh->e_phentsize == sizeof(Elf64_Phdr) &&
	       eh->e_phnum > 0 && eh->e_phnum <= ELF_MAX_PHNUM;
}

static Elf64_Phdr *load_elf_phdrs(const Elf64_Ehdr *eh, struct file *file)
{
	size_t size = sizeof(Elf64_Phdr) * eh->e_phnum;
	loff_t pos = eh->e_phoff;
	Elf64_Phdr *phdrs = kmalloc(size, GFP_KERNEL);

	if (!phdrs)
		return NULL;
	if (kernel_read(file, phdrs, size, &pos) != (ssize_t)size) {
		kfree(phdrs);
		return NULL;
	}
	return phdrs;
}

static bool elf_phdrs_ok(const Elf64_Phdr *phdrs, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		const Elf64_Phdr *ph = &phdrs[i];

		if (ph->p_type == PT_INTERP)
			return false;	/* dynamic: not supported */
		if (ph->p_type != PT_LOAD)
			continue;
		if (ph->p_filesz > ph->p_memsz ||
		    ph->p_vaddr + ph->p_memsz > TASK_SIZE ||
		    ph->p_vaddr + ph->p_memsz < ph->p_vaddr ||
		    ELF_PAGEOFFSET(ph->p_vaddr) != ELF_PAGEOFFSET(ph->p_offset))
			return false;
	}
	return true;
}

static unsigned long make_prot(u32 p_flags)
{
	return ((p_flags & PF_R) ? PROT_READ : 0) |
	       ((p_flags & PF_W) ? PROT_WRITE : 0) |
	       ((p_flags & PF_X) ? PROT_EXEC : 0);
}

/* Map one PT_LOAD segment; returns 0 or -errno. Linux: elf_map + set_brk. */
static int elf_load_segment(struct linux_binprm *bprm, const Elf64_Phdr *ph)
{
	unsigned long prot = make_prot(ph->p_flags);
	unsigned long start = ELF_PAGESTART(ph->p_vaddr);
	unsigned long file_end = ph->p_vaddr + ph->p_filesz;
	unsigned long mem_end = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	unsigned long addr;

	if (ph->p_filesz) {
		addr = vm_mmap(bprm->file, start,
			       file_end - start, prot, MAP_PRIVATE | MAP_FIXED,
			       ph->p_offset - ELF_PAGEOFFSET(ph->p_vaddr));
		if (IS_ERR_VALUE(addr))
			return (long)addr;
		/* padzero: the rest of the last file page belongs to bss */
		if (ph->p_memsz > ph->p_filesz && ELF_PAGEOFFSET(file_end) &&
		    (prot & PROT_WRITE) &&
		    clear_user((void __user *)file_end,
			       PAGE_SIZE - ELF_PAGEOFFSET(file_end)))
			return -EFAULT;
		start = PAGE_ALIGN(file_end);
	}
	if (mem_end > start)
		return vm_brk_flags(start, mem_end - start,
				    (prot & PROT_EXEC) ? VM_EXEC : 0);
	return 0;
}

/*
 * Below the strings: 16 random bytes (AT_RANDOM), then argc, argv[],
 * NULL, envp[], NULL, auxv pairs, AT_NULL; sp 16-byte aligned.
 */
static int create_elf_tables(struct linux_binprm *bprm, const Elf64_Ehdr *eh,
			     unsigned long phdr_addr, unsigned long *sp)
{
	struct mm_struct *mm = current->mm;
	unsigned long p = *sp, str = *sp, random;
	unsigned long auxv[2 * 12], *table, nitems, i;
	size_t n = 0, len;
	u64 seed = jiffies * 0x9e3779b97f4a7c15ULL;
	int ret = 0;

	p -= 16;
	random = p;
	if (copy_to_user((void __user *)random, &seed, sizeof(seed)) ||
	    copy_to_user((void __user *)random + 8, &seed, sizeof(seed)))
		return -EFAULT;
#define NEW_AUX_ENT(id, val) do { auxv[n++] = (id); auxv[n++] = (val); } while (0)
	NEW_AUX_ENT(AT_PAGESZ, PAGE_SIZE);
	NEW_AUX_ENT(AT_CLKTCK, HZ);
	NEW_AUX_ENT(AT_PHDR, phdr_addr);
	NEW_AUX_ENT(AT_PHENT, sizeof(Elf64_Phdr));
	NEW_AUX_ENT(AT_PHNUM, eh->e_phnum);
	NEW_AUX_ENT(AT_BASE, 0);
	NEW_AUX_ENT(AT_FLAGS, 0);
	NEW_AUX_ENT(AT_ENTRY, eh->e_entry);
	NEW_AUX_ENT(AT_UID, 0);
	NEW_AUX_ENT(AT_RANDOM, random);
	NEW_AUX_ENT(AT_EXECFN, mm->arg_start);	/* Linux: a copy of the path; argv[0] here */
	NEW_AUX_ENT(AT_NULL, 0);
#undef NEW_AUX_ENT
	nitems = 1 + (bprm->argc + 1) + (bprm->envc + 1) + n;
	p = (p - nitems * sizeof(unsigned long)) & ~15UL;
	table = kmalloc(nitems * sizeof(unsigned long), GFP_KERNEL);
	if (!table)
		return -ENOMEM;
	table[0] = bprm->argc;
	for (i = 0; i < (unsigned long)bprm->argc + bprm->envc + 2; i++) {
		bool end_argv = i == (unsigned long)bprm->argc;
		bool end_envp = i == (unsigned long)bprm->argc + bprm->envc + 1;

		if (end_argv || end_envp) {
			table[1 + i] = 0;
			if (end_argv)
				mm->arg_end = mm->env_start = str;
			continue;
		}
		table[1 + i] = str;
		len = strnlen(bprm->strings + (str - *sp),
			      bprm->strings_len - (str - *sp));
		str += len + 1;
	}
	mm->env_end = str;
	memcpy(&table[1 + bprm->argc + bprm->envc + 2], auxv, n * sizeof(long));
	if (copy_to_user((void __user *)p, table, nitems * sizeof(long)))
		ret = -EFAULT;
	kfree(table);
	*sp = p;
	mm->start_stack = p;
	return ret;
}

int load_elf_binary(struct linux_binprm *bprm)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)bprm->buf;
	unsigned long start_code = ~0UL, end_code = 0, start_data = ~0UL;
	unsigned long end_data = 0, elf_brk = 0, phdr_addr = 0, sp;
	Elf64_Phdr *phdrs;
	int i, ret;

	if (!elf_check_header(eh))
		return -ENOEXEC;
	phdrs = load_elf_phdrs(eh, bprm->file);
	if (!phdrs)
		return -EIO;
	ret = -ENOEXEC;
	if (!elf_phdrs_ok(phdrs, eh->e_phnum))
		goto out;

	ret = begin_new_exec(bprm);
	if (ret)
		goto out;
	for (i = 0; i < eh->e_phnum; i++) {
		Elf64_Phdr *ph = &phdrs[i];
		unsigned long end = ph->p_vaddr + ph->p_filesz;

		if (ph->p_type != PT_LOAD)
			continue;
		ret = elf_load_segment(bprm, ph);
		if (ret)
			goto fatal;
		if (eh->e_phoff >= ph->p_offset &&
		    eh->e_phoff < ph->p_offset + ph->p_filesz)
			phdr_addr = ph->p_vaddr + eh->e_phoff - ph->p_offset;
		if (ph->p_flags & PF_X) {
			start_code = min(start_code, (unsigned long)ph->p_vaddr);
			end_code = max(end_code, end);
		} else {
			start_data = min(start_data, (unsigned long)ph->p_vaddr);
			end_data = max(end_data, end);
		}
		elf_brk = max(elf_brk, (unsigned long)(ph->p_vaddr + ph->p_memsz));
	}
	current->mm->start_code = start_code;
	current->mm->end_code = end_code;
	current->mm->start_data = start_data == ~0UL ? end_code : start_data;
	current->mm->end_data = end_data ? end_data : end_code;
	current->mm->start_brk = current->mm->brk = PAGE_ALIGN(elf_brk);

	ret = setup_arg_pages(bprm, STACK_TOP, &sp);
	if (!ret)
		ret = create_elf_tables(bprm, eh, phdr_addr, &sp);
	if (ret)
		goto fatal;
	start_thread(task_pt_regs(current), eh->e_entry, sp);
	ret = 0;
	goto out;
fatal:
	/* past the point of no return: Linux force_fatal_sig(SIGSEGV) */
	force_sig_fault(SIGSEGV, 0, 0);
out:
	kfree(phdrs);
	return ret;
}
