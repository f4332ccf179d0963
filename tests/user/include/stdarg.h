/*
 * stdarg.h - variable arguments, from the compiler's builtins. A libc
 * normally takes this header from the compiler; this one has its own (as
 * musl does, and Linux's include/linux/stdarg.h) so that building the
 * user programs needs nothing but the cross compiler itself.
 */
#ifndef _STDARG_H
#define _STDARG_H

typedef __builtin_va_list va_list;
#define va_start(ap, last)	__builtin_va_start(ap, last)
#define va_arg(ap, type)	__builtin_va_arg(ap, type)
#define va_copy(dst, src)	__builtin_va_copy(dst, src)
#define va_end(ap)		__builtin_va_end(ap)

#endif /* _STDARG_H */
