/*
 * overcommit.c - what mmap() promises, and when the kernel refuses to.
 * Run as: overcommit <vm.overcommit_memory> <vm.user_reserve_kbytes>
 * (the kernel case sets the mode first and passes both).
 *
 * Teaches:
 *  - private writable memory is a promise: mmap() takes no page, but the
 *    kernel counts the pages it may have to find (Committed_AS of
 *    /proc/meminfo), exactly the mapping's size;
 *  - munmap() (in whole or in part), exit, and shrinking brk give the
 *    promise back; mprotect() making private memory writable makes it;
 *    read-only and shared file mappings promise nothing (the file holds
 *    the data); shared anonymous memory is promised once, as its object;
 *  - vm.overcommit_memory decides what may be promised: 0 refuses only a
 *    single request larger than RAM + swap (so 128 TiB fails), 1 refuses
 *    nothing, 2 refuses past CommitLimit, less a reserve for the process
 *    of min(total_vm / 32, user_reserve_kbytes);
 *  - MAP_NORESERVE skips the promise, except in mode 2.
 * Linux: LTP's mem/tunable/overcommit_memory.c tests the same policies
 * by reading /proc/meminfo; this program reads the same two numbers
 * through tinymm_stat().
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define RW	(PROT_READ | PROT_WRITE)
#define TB128	(128UL << 40)
#define N	64

static int mode;
static unsigned long user_reserve_pages;

static long committed(void)
{
	return mm_stat().committed_as;
}

static void *map(size_t len, int prot, int flags)
{
	return mmap(NULL, len, prot, flags | MAP_ANONYMOUS, -1, 0);
}

/* The finding: 128 TiB private writable anonymous. */
static void map_128t(void)
{
	long c0 = committed(), c1;
	void *p = map(TB128, RW, MAP_PRIVATE);
	int err = errno;

	c1 = committed();
	if (mode == 1) {
		ktap_ok(p != MAP_FAILED && c1 - c0 == (long)(TB128 / PAGE_SIZE),
			"mode 1: 128 TiB is mapped, Committed_AS +%lu pages (%+ld)",
			TB128 / PAGE_SIZE, c1 - c0);
		if (p != MAP_FAILED)
			munmap(p, TB128);
		ktap_ok(committed() == c0, "munmap gives the 128 TiB back");
		return;
	}
	ktap_ok(p == MAP_FAILED && err == ENOMEM && c1 == c0,
		"mode %d: 128 TiB is refused with ENOMEM, nothing charged (%s)",
		mode, p == MAP_FAILED ? strerror(err) : "mapped");
	if (p != MAP_FAILED)
		munmap(p, TB128);
	p = map(TB128, RW, MAP_PRIVATE | MAP_NORESERVE);
	err = errno;
	c1 = committed();
	if (mode == 0)
		ktap_ok(p != MAP_FAILED && c1 == c0,
			"mode 0: with MAP_NORESERVE it is mapped, not charged");
	else
		ktap_ok(p == MAP_FAILED && err == ENOMEM,
			"mode 2 ignores MAP_NORESERVE: still ENOMEM");
	if (p != MAP_FAILED)
		munmap(p, TB128);
}

/* Exactly the mapping's pages; munmap in parts gives them back. */
static void map_and_unmap(void)
{
	long c0 = committed(), c1, c2, c3;
	char *p = map(N * PAGE_SIZE, RW, MAP_PRIVATE);

	c1 = committed();
	if (p != MAP_FAILED)
		munmap(p + 16 * PAGE_SIZE, 8 * PAGE_SIZE);
	c2 = committed();
	if (p != MAP_FAILED)
		munmap(p, N * PAGE_SIZE);
	c3 = committed();
	ktap_ok(p != MAP_FAILED && c1 - c0 == N,
		"mmap of %d private writable pages: Committed_AS +%d (%+ld)",
		N, N, c1 - c0);
	ktap_ok(c2 - c0 == N - 8 && c3 == c0,
		"munmap of 8 in the middle: -8 (%+ld); of the rest: back (%+ld)",
		c2 - c0, c3 - c0);
}

/* Read-only private: nothing until mprotect makes it writable. */
static void mprotect_charges(void)
{
	long c0 = committed(), c1, c2, c3;
	char *p = map(N * PAGE_SIZE, PROT_READ, MAP_PRIVATE);

	c1 = committed();
	if (p != MAP_FAILED)
		mprotect(p, N * PAGE_SIZE, RW);
	c2 = committed();
	if (p != MAP_FAILED)
		munmap(p, N * PAGE_SIZE);
	c3 = committed();
	ktap_ok(p != MAP_FAILED && c1 == c0 && c2 - c0 == N && c3 == c0,
		"read-only: +0 (%+ld); mprotect(RW): +%d (%+ld); munmap: back",
		c1 - c0, N, c2 - c0);
}

static void brk_charges(void)
{
	long c0 = committed(), c1, c2;
	char *old = sbrk(0);
	unsigned long pages;

	sbrk(N * PAGE_SIZE);
	c1 = committed();
	sbrk(-(long)(N * PAGE_SIZE));
	c2 = committed();
	/* the heap VMA covers whole pages up to PAGE_ALIGN(break) */
	pages = (((unsigned long)old + N * PAGE_SIZE + PAGE_SIZE - 1) / PAGE_SIZE) -
		(((unsigned long)old + PAGE_SIZE - 1) / PAGE_SIZE);
	ktap_ok(c1 - c0 == (long)pages && c2 == c0,
		"sbrk(+%d pages): +%lu (%+ld); sbrk back: back (%+ld)", N,
		pages, c1 - c0, c2 - c0);
}

static void not_charged(void)
{
	long c0 = committed(), c1, c2, c3, c4;
	int fd = open("/data/lorem.txt", O_RDWR);
	void *ro, *shf, *sha, *nr;

	ro = map(N * PAGE_SIZE, PROT_READ, MAP_PRIVATE);
	shf = fd < 0 ? MAP_FAILED :
		mmap(NULL, PAGE_SIZE, RW, MAP_SHARED, fd, 0);
	c1 = committed();
	sha = map(N * PAGE_SIZE, RW, MAP_SHARED);
	c2 = committed();
	if (sha != MAP_FAILED)
		munmap(sha, N * PAGE_SIZE);
	c3 = committed();
	nr = map(N * PAGE_SIZE, RW, MAP_PRIVATE | MAP_NORESERVE);
	c4 = committed();
	ktap_ok(ro != MAP_FAILED && shf != MAP_FAILED && c1 == c0,
		"read-only private and shared file mappings: +0 (%+ld)",
		c1 - c0);
	ktap_ok(sha != MAP_FAILED && c2 - c0 == N && c3 == c0,
		"shared anonymous: its object, +%d (%+ld); munmap: back", N,
		c2 - c0);
	ktap_ok(nr != MAP_FAILED && c4 - c0 == (mode == 2 ? N : 0),
		"MAP_NORESERVE: %s (%+ld)", mode == 2 ?
		"charged all the same in mode 2" : "not charged", c4 - c0);
	munmap(ro, N * PAGE_SIZE);
	if (shf != MAP_FAILED)
		munmap(shf, PAGE_SIZE);
	if (nr != MAP_FAILED)
		munmap(nr, N * PAGE_SIZE);
	if (fd >= 0)
		close(fd);
}

/* The child's promises, its copies of ours included, end with it. */
static int child_maps(void *unused)
{
	long c0 = committed();
	void *p = map(N * PAGE_SIZE, RW, MAP_PRIVATE);

	return p != MAP_FAILED && committed() - c0 == N ? 0 : 1;
}

static void exit_gives_back(void)
{
	long c0 = committed(), c1;
	int status = run_in_child(child_maps, NULL);

	c1 = committed();
	ktap_ok(status == 0 && c1 == c0,
		"a child charged +%d, exited: Committed_AS as before (%s, %+ld)",
		N, status_str(status), c1 - c0);
}

/* Mode 2: the last page that fits, and the first that doesn't. */
static void never_limit(void)
{
	struct tinymm_stat s = mm_stat();
	unsigned long reserve = s.total_vm / 32;
	long room;
	void *p;

	if (reserve > user_reserve_pages)
		reserve = user_reserve_pages;
	room = (long)(s.commit_limit - reserve) - (long)s.committed_as;
	ktap_diag("CommitLimit %lu, Committed_AS %lu, total_vm %lu: room %ld pages",
		  s.commit_limit, s.committed_as, s.total_vm, room);
	p = map(room * PAGE_SIZE, RW, MAP_PRIVATE);
	ktap_ok(p == MAP_FAILED && errno == ENOMEM,
		"mode 2: CommitLimit - Committed_AS - reserve pages: ENOMEM");
	if (p != MAP_FAILED)
		munmap(p, room * PAGE_SIZE);
	p = map((room - 1) * PAGE_SIZE, RW, MAP_PRIVATE);
	ktap_ok(p != MAP_FAILED, "one page less: mapped");
	if (p != MAP_FAILED)
		munmap(p, (room - 1) * PAGE_SIZE);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		ktap_plan(1);
		ktap_ok(false, "usage: overcommit <mode> <user_reserve_kbytes>");
		return ktap_finish();
	}
	mode = atoi(argv[1]);
	user_reserve_pages = strtol(argv[2], NULL, 0) / (PAGE_SIZE / 1024);
	ktap_plan(mode == 2 ? 12 : 10);
	prefault_stack();	/* stack growth would be charged meanwhile */
	map_128t();
	map_and_unmap();
	mprotect_charges();
	brk_charges();
	not_charged();
	exit_gives_back();
	if (mode == 2)
		never_limit();
	return ktap_finish();
}
