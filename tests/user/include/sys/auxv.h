/*
 * sys/auxv.h - the ELF auxiliary vector: the (type, value) pairs the kernel
 * puts on the new stack after envp (Linux's fs/binfmt_elf.c create_elf_tables,
 * include/uapi/linux/auxvec.h). The dynamic loader lives on these; a static
 * program mostly needs AT_PAGESZ.
 */
#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#define AT_NULL		0
#define AT_PHDR		3	/* program headers, as mapped */
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_BASE		7	/* interpreter base: 0, we are static */
#define AT_ENTRY	9	/* e_entry */
#define AT_UID		11
#define AT_HWCAP	16
#define AT_RANDOM	25
#define AT_EXECFN	31

unsigned long getauxval(unsigned long type);

#endif /* _SYS_AUXV_H */
