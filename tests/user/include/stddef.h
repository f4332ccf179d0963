/* stddef.h - size_t, ptrdiff_t, NULL, offsetof (LP64), from the compiler's types. */
#ifndef _STDDEF_H
#define _STDDEF_H

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __WCHAR_TYPE__ wchar_t;

#define NULL ((void *)0)
#define offsetof(type, member)	__builtin_offsetof(type, member)

#endif /* _STDDEF_H */
