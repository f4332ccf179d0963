/* SPDX-License-Identifier: GPL-2.0 */
/* asm/sections.h - linker.ld symbols. Linux: include/asm-generic/sections.h. */
#ifndef __ASM_SECTIONS_H
#define __ASM_SECTIONS_H

extern char _text[], _stext[], _etext[];
extern char __start_rodata[], __end_rodata[];
extern char _sdata[], _edata[];
extern char __bss_start[], __bss_stop[], _end[];
extern char __idmap_text_start[], __idmap_text_end[];
extern char init_stack[];
extern char vectors[];

#endif
