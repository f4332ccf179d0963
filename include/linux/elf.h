/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/elf.h - the 64-bit ELF headers the program loader reads.
 * Linux: include/uapi/linux/elf.h, include/linux/elf.h, asm/elf.h.
 */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

typedef struct elf64_hdr {
	unsigned char e_ident[16];	/* \x7fELF, class, data, version ... */
	u16 e_type;			/* ET_EXEC, ET_DYN ... */
	u16 e_machine;			/* EM_AARCH64 */
	u32 e_version;
	u64 e_entry;			/* where execution starts */
	u64 e_phoff;			/* program headers: file offset */
	u64 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;		/* sizeof(Elf64_Phdr) */
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
} Elf64_Ehdr;

typedef struct elf64_phdr {
	u32 p_type;			/* PT_LOAD: map this segment */
	u32 p_flags;			/* PF_R, PF_W, PF_X */
	u64 p_offset;			/* in the file */
	u64 p_vaddr;			/* in memory */
	u64 p_paddr;
	u64 p_filesz;			/* bytes from the file ... */
	u64 p_memsz;			/* ... then zeros (bss) up to this */
	u64 p_align;
} Elf64_Phdr;

#define ELFMAG		"\177ELF"
#define SELFMAG		4
#define EI_CLASS	4
#define ELFCLASS64	2
#define EI_DATA		5
#define ELFDATA2LSB	1
#define ET_EXEC		2
#define ET_DYN		3
#define EM_AARCH64	183
#define PT_LOAD		1
#define PT_INTERP	3
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

/* auxiliary vector entries (include/uapi/linux/auxvec.h) */
#define AT_NULL		0
#define AT_PHDR		3
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_BASE		7
#define AT_FLAGS	8
#define AT_ENTRY	9
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_HWCAP	16
#define AT_CLKTCK	17
#define AT_SECURE	23
#define AT_RANDOM	25
#define AT_EXECFN	31

#endif
