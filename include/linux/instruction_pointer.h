/* SPDX-License-Identifier: GPL-2.0 */
/* linux/instruction_pointer.h - where the code is. Linux: the same file. */
#ifndef _LINUX_INSTRUCTION_POINTER_H
#define _LINUX_INSTRUCTION_POINTER_H

#define _RET_IP_	(unsigned long)__builtin_return_address(0)
#define _THIS_IP_	({ __label__ __here; __here: (unsigned long)&&__here; })

#endif
