/*
 * clone.S - clone(fn, stack, flags, arg, parent_tid, tls, child_tid):
 * a new task that starts on its own stack in fn(arg).
 *
 * Teaches: why clone() must be assembly. The kernel returns twice from
 * the one svc, in two tasks; the child comes back with sp = the new
 * stack and every other register a copy of the parent's, so it can't
 * return into the parent's C frames (they live on the parent's stack).
 * fn and arg ride over on the new stack: the parent pushes them there
 * before the call, the child pops them, calls fn and exits with its
 * return value (exit, not exit_group: only this thread ends).
 * Linux counterpart: glibc's sysdeps/unix/sysv/linux/aarch64/clone.S.
 *
 * In:  x0 fn, x1 stack top, w2 flags, x3 arg, x4 parent_tid, x5 tls,
 *      x6 child_tid (the optional arguments arrive in registers too).
 * The kernel's order: clone(flags, newsp, parent_tid, tls, child_tid).
 */
#define __NR_exit	93
#define __NR_clone	220
#define EINVAL		22

	.text
	.global	clone
	.type	clone, %function
clone:
	cbz	x0, 2f			/* no fn or no stack: EINVAL */
	cbz	x1, 2f
	and	x1, x1, #~15		/* the ABI's 16-byte stack alignment */
	stp	x0, x3, [x1, #-16]!	/* fn and arg, for the child */
	sxtw	x0, w2			/* flags */
	mov	x2, x4			/* parent_tid */
	mov	x3, x5			/* tls */
	mov	x4, x6			/* child_tid */
	mov	x8, #__NR_clone
	svc	#0
	cbz	x0, 1f
	b	__syscall_ret		/* the parent: tid, or -1 and errno */
1:					/* the child, on the new stack */
	mov	x29, #0			/* the outermost frame: backtraces stop */
	mov	x30, #0
	ldp	x1, x0, [sp], #16	/* x1 = fn, x0 = arg */
	blr	x1
	mov	x8, #__NR_exit		/* x0 = fn's return value */
	svc	#0
	brk	#0x3e8			/* exit doesn't return */
2:
	mov	x0, #-EINVAL
	b	__syscall_ret
	.size	clone, . - clone
