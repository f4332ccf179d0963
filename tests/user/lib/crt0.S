/*
 * crt0.S - where every user program starts.
 *
 * Teaches: what the kernel hands a new program. After execve() the only
 * promises are pc = the ELF's e_entry, x0 = 0 and sp pointing at the
 * initial stack that fs/binfmt_elf.c's create_elf_tables() built:
 *
 *   sp ->  argc
 *          argv[0] ... argv[argc - 1], NULL
 *          envp[0] ... NULL
 *          auxv: (AT_* type, value) pairs ... (AT_NULL, 0)
 *          ... the strings themselves, higher up
 *
 * Linux counterpart: glibc's sysdeps/aarch64/start.S, which also passes a
 * dynamic linker's finaliser in x0 (0 here: we are static, nothing to run).
 */
	.section .text.start, "ax"
	.global	_start
	.type	_start, %function
_start:
	mov	x29, #0			/* the outermost frame: backtraces stop */
	mov	x30, #0
	mov	x0, sp			/* argc, argv, envp, auxv are all here */
	bl	__libc_start_main	/* calls main, then exit(): never returns */
	brk	#0x3e8			/* if it did: a breakpoint trap, not garbage */
	.size	_start, . - _start
