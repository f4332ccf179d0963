/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arch/arm64/lib/uaccess.S - copying to and from user space.
 * Linux: arch/arm64/lib/copy_from_user.S, copy_to_user.S, clear_user.S.
 *
 * Every user access is an "unprivileged" load/store (LDTR/STTR): executed
 * at EL1 it is checked against EL0's permissions, so a user pointer that
 * really points into the kernel faults instead of reading kernel memory.
 * A fault on a user page that is merely not mapped yet goes through the
 * page-fault handler like a user access would (demand paging, COW); only
 * if that fails does the exception table send us to the fixup, which
 * returns how many bytes were not copied. One byte at a time (Linux copies
 * 8/16 bytes per instruction): the point here is the fault path, not speed.
 *
 * x0 = destination, x1 = source, x2 = byte count; returns bytes left.
 */
#include <asm/assembler.h>
#include <asm/extable.h>

SYM_FUNC_START(__arch_copy_from_user)
	cbz	x2, 2f
1:	ldtrb	w3, [x1]
	strb	w3, [x0], #1
	add	x1, x1, #1
	subs	x2, x2, #1
	b.ne	1b
2:	mov	x0, x2
	ret
	_asm_extable 1b, 2b
SYM_FUNC_END(__arch_copy_from_user)

SYM_FUNC_START(__arch_copy_to_user)
	cbz	x2, 2f
0:	ldrb	w3, [x1], #1
1:	sttrb	w3, [x0]
	add	x0, x0, #1
	subs	x2, x2, #1
	b.ne	0b
2:	mov	x0, x2
	ret
	_asm_extable 1b, 2b
SYM_FUNC_END(__arch_copy_to_user)

/* x0 = user address, x1 = byte count; returns bytes not cleared */
SYM_FUNC_START(__arch_clear_user)
	cbz	x1, 2f
1:	sttrb	wzr, [x0]
	add	x0, x0, #1
	subs	x1, x1, #1
	b.ne	1b
2:	mov	x0, x1
	ret
	_asm_extable 1b, 2b
SYM_FUNC_END(__arch_clear_user)

/* x0 = kernel destination (one byte), x1 = user address; returns 0 or -EFAULT */
SYM_FUNC_START(__arch_get_user_u8)
1:	ldtrb	w2, [x1]
	strb	w2, [x0]
	mov	x0, #0
	ret
2:	mov	x0, #-14			// -EFAULT
	ret
	_asm_extable 1b, 2b
SYM_FUNC_END(__arch_get_user_u8)
