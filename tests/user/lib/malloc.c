/*
 * malloc.c - a first-fit allocator on top of brk(), large blocks from mmap().
 *
 * Teaches: where a process's heap memory comes from. malloc() asks the
 * kernel for address space in big steps - sbrk() moves the end of the
 * heap VMA up - and carves it into chunks itself; the kernel allocates a
 * page only when a chunk in it is first touched (a page fault). Requests
 * of 128 KiB or more get their own mmap(), so free() can hand them straight
 * back with munmap().
 *
 * Each chunk starts with a 16-byte header holding its size; free chunks
 * are kept in one list sorted by address and merged with their neighbours.
 *
 * glibc's malloc (ptmalloc2) does far more: size-class bins, per-thread
 * caches (tcache) and arenas, the same 128 KiB mmap threshold but adjusted
 * dynamically, and it gives the top of the heap back with brk() when more
 * than M_TRIM_THRESHOLD is free. We never shrink the heap: test programs
 * that measure memory use brk() themselves.
 */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/mman.h>

#define HDR		16UL
#define MMAPPED		1UL		/* size bit: chunk is its own mmap() */
#define MMAP_THRESHOLD	(128UL << 10)
#define HEAP_STEP	(64UL << 10)	/* grow the heap this much at least */

struct chunk {
	size_t size;		/* including this header; multiple of 16 */
	struct chunk *next;	/* next free chunk (only while free) */
};

static struct chunk *free_list;

static size_t align_up(size_t n, size_t a)
{
	return (n + a - 1) & ~(a - 1);
}

static void *payload(struct chunk *c)
{
	return (char *)c + HDR;
}

/* Insert in address order, merging with the chunks on either side. */
static void free_chunk(struct chunk *c)
{
	struct chunk **pp = &free_list, *prev = NULL;

	while (*pp && *pp < c) {
		prev = *pp;
		pp = &(*pp)->next;
	}
	c->next = *pp;
	*pp = c;
	if (c->next && (char *)c + c->size == (char *)c->next) {
		c->size += c->next->size;
		c->next = c->next->next;
	}
	if (prev && (char *)prev + prev->size == (char *)c) {
		prev->size += c->size;
		prev->next = c->next;
	}
}

static struct chunk *take(size_t size)
{
	struct chunk **pp, *c, *rest;

	for (pp = &free_list; (c = *pp); pp = &c->next) {
		if (c->size < size)
			continue;
		if (c->size - size >= 2 * HDR) {	/* split off the tail */
			rest = (struct chunk *)((char *)c + size);
			rest->size = c->size - size;
			rest->next = c->next;
			*pp = rest;
			c->size = size;
		} else {
			*pp = c->next;
		}
		return c;
	}
	return NULL;
}

void *malloc(size_t n)
{
	size_t size;
	struct chunk *c;

	if (n > (1UL << 40)) {
		errno = ENOMEM;
		return NULL;
	}
	size = align_up(n + HDR, HDR);
	if (size >= MMAP_THRESHOLD) {
		size = align_up(size, 4096);
		c = mmap(NULL, size, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (c == MAP_FAILED)
			return NULL;
		c->size = size | MMAPPED;
		return payload(c);
	}
	c = take(size);
	if (!c) {
		size_t grow = size > HEAP_STEP ? align_up(size, 4096) : HEAP_STEP;
		struct chunk *more = sbrk(grow);

		if (more == (void *)-1)
			return NULL;		/* errno = ENOMEM from sbrk */
		more->size = grow;
		free_chunk(more);
		c = take(size);
	}
	return c ? payload(c) : NULL;
}

void free(void *p)
{
	struct chunk *c;

	if (!p)
		return;
	c = (struct chunk *)((char *)p - HDR);
	if (c->size & MMAPPED)
		munmap(c, c->size & ~MMAPPED);
	else
		free_chunk(c);
}

void *calloc(size_t nmemb, size_t size)
{
	void *p;

	if (size && nmemb > (size_t)-1 / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(nmemb * size);
	if (p)
		memset(p, 0, nmemb * size);
	return p;
}

void *realloc(void *old, size_t n)
{
	struct chunk *c;
	size_t have;
	void *p;

	if (!old)
		return malloc(n);
	c = (struct chunk *)((char *)old - HDR);
	have = (c->size & ~MMAPPED) - HDR;
	if (n <= have)
		return old;
	p = malloc(n);
	if (p) {
		memcpy(p, old, have);
		free(old);
	}
	return p;
}
