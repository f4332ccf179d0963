/*
 * demo.c - watch demand paging from the shell: "exec /bin/demo".
 *
 * Teaches, by printing as it goes: malloc() of a small block grows the heap
 * with brk() and a big one gets its own mmap(); neither costs memory until
 * the pages are touched, one minor fault per page; free() of the big block
 * unmaps it at once. Run it twice and compare: same faults, same pages.
 * Linux counterpart: what "/usr/bin/time -v ./demo" would report as
 * "Minor (reclaiming a frame) page faults" on a real box.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <tinymm.h>

static struct tinymm_stat st;

static void show(const char *what)
{
	if (tinymm_stat(&st) < 0) {
		printf("%-34s (tinymm_stat failed)\n", what);
		return;
	}
	printf("%-34s faults %4lu  rss_anon %4lu  vmas %2lu  vm %5lu pages  "
	       "free %lu\n", what, st.min_flt, st.rss_anon, st.map_count,
	       st.total_vm, st.nr_free_pages);
}

static void touch(char *p, size_t len)
{
	size_t i;

	for (i = 0; i < len; i += 4096)
		p[i] = 1;
}

int main(void)
{
	char *small, *big;

	printf("demo: pid %d, parent %d, heap starts at %p\n", getpid(),
	       getppid(), sbrk(0));
	show("at start");
	small = malloc(64 << 10);
	show("malloc(64 KiB): brk moved");
	touch(small, 64 << 10);
	show("touched its 16 pages");
	big = malloc(1 << 20);
	show("malloc(1 MiB): its own mmap");
	touch(big, 1 << 20);
	show("touched its 256 pages");
	free(big);
	show("free(1 MiB): munmap, pages back");
	free(small);
	show("free(64 KiB): stays in the heap");
	return 0;
}
