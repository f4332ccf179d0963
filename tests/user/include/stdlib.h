/* stdlib.h - exit, the allocator, numbers from strings, rand. */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <sys/types.h>

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1
#define RAND_MAX	0x7fffffff

void exit(int status) __attribute__((noreturn));
void abort(void) __attribute__((noreturn));

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);

int atoi(const char *s);
long atol(const char *s);
unsigned long strtoul(const char *s, char **end, int base);
long strtol(const char *s, char **end, int base);

char *getenv(const char *name);

int rand(void);
void srand(unsigned int seed);

#endif /* _STDLIB_H */
