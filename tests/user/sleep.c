/*
 * sleep.c - "sleep SECONDS": a process that sits still, to be looked at.
 *
 * Run it in the background from the shell ("exec /bin/sleep 1000 &") and
 * inspect it meanwhile: ps shows it sleeping (S), maps lists its VMAs -
 * /bin/sleep's text and data, [heap], an anonymous mapping, [stack] - and
 * pt walks the page tables for the addresses it prints. kill sends it a
 * signal, wait reaps it. Before sleeping it touches one heap block (so
 * the heap VMA exists and its first page is mapped) and one mmap() page.
 * Linux counterpart: coreutils sleep (which doesn't print or allocate).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 0 }, rem;
	char *heap, *map;

	if (argc != 2) {
		dprintf(2, "usage: sleep SECONDS\n");
		return 1;
	}
	ts.tv_sec = atol(argv[1]);
	heap = malloc(64);
	map = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!heap || map == MAP_FAILED) {
		perror("sleep");
		return 1;
	}
	strcpy(heap, "heap");
	strcpy(map, "mmap");
	printf("sleep: pid %d, heap %p, mmap %p\n", getpid(), (void *)heap,
	       (void *)map);
	while (nanosleep(&ts, &rem) < 0 && errno == EINTR)
		ts = rem;
	return 0;
}
