/*
 * file_map.c - mapping a file: MAP_PRIVATE copies on write, MAP_SHARED
 * writes into the file; past the end of the file is SIGBUS.
 *
 * Teaches:
 *  - a file mapping's pages are the file's page-cache pages (filemap_fault),
 *    counted in RssFile; read() and every mapping see the same page;
 *  - MAP_PRIVATE: the first write copies the page into an anonymous one
 *    (do_cow_fault) - the mapping sees its change, the file does not, and
 *    the copy counts in RssAnon;
 *  - MAP_SHARED: a write goes into the page-cache page itself - read(),
 *    another shared mapping, even a private mapping that never wrote, all
 *    see it; it needs the file open for writing (else EACCES);
 *  - the bytes after end-of-file in the last page read as zeros; a page
 *    wholly beyond the end has nothing behind it: SIGBUS, not SIGSEGV.
 * The file is /data/lorem.txt (tests/user/data/lorem.txt, embedded in the
 * kernel image); the shared write is undone before exit.
 * Linux counterpart: no single selftest; these are the promises of mmap(2)
 * that tools/testing/selftests/mm/ (e.g. mkdirty.c, cow.c's file tests)
 * build on.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define PATH		"/data/lorem.txt"
#define MAXSIZE		(2 * PAGE_SIZE)

static char file[MAXSIZE];		/* the file, as read() sees it */
static char now[MAXSIZE];
static long size;
static char *beyond;

static long read_file(int fd, char *buf)
{
	long n, got = 0;

	if (lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	while ((n = read(fd, buf + got, MAXSIZE - got)) > 0)
		got += n;
	return n < 0 ? -1 : got;
}

static int touch_beyond(void *unused)
{
	return *(volatile char *)beyond;
}

static void private_mapping(int fd)
{
	struct tinymm_stat s0, s1, s2;
	char *p;

	s0 = mm_stat();
	p = mmap(NULL, MAXSIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (!ktap_ok(p != MAP_FAILED, "mmap(MAP_PRIVATE) of the file"))
		return;
	ktap_ok(memcmp(p, file, size) == 0, "the mapping holds the file's "
		"bytes");
	s1 = mm_stat();
	ktap_ok(all_bytes(p + size, MAXSIZE - size, 0),
		"after end-of-file the last page reads as zeros");
	ktap_ok(s1.rss_file - s0.rss_file == 2 && s1.rss_anon == s0.rss_anon,
		"reading maps the page-cache pages: rss_file +2 (%+ld)",
		(long)(s1.rss_file - s0.rss_file));

	p[0] = 'X';
	s2 = mm_stat();
	ktap_ok(p[0] == 'X' && read_file(fd, now) == size &&
		memcmp(now, file, size) == 0,
		"a private write is seen by the mapping, not by read()");
	ktap_ok(s2.rss_anon - s1.rss_anon == 1 && s1.rss_file - s2.rss_file == 1,
		"the written page became a private anonymous copy");
	munmap(p, MAXSIZE);
}

static void shared_mapping(void)
{
	char *ro, *a, *b;
	int fd = open(PATH, O_RDWR);
	char old;

	ktap_ok(fd >= 0, "open(O_RDWR) (%s)", fd < 0 ? strerror(errno) : "ok");
	if (fd < 0)
		return;
	ro = mmap(NULL, PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 0);
	a = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	b = mmap(NULL, PAGE_SIZE, PROT_READ, MAP_SHARED, fd, 0);
	if (!ktap_ok(ro != MAP_FAILED && a != MAP_FAILED && b != MAP_FAILED,
		     "mmap(MAP_SHARED) twice and MAP_PRIVATE once")) {
		close(fd);
		return;
	}
	(void)*(volatile char *)ro;	/* map the page-cache page, no copy */
	old = a[100];
	a[100] = '#';
	ktap_ok(read_file(fd, now) == size && now[100] == '#',
		"a shared write is seen by read()");
	ktap_ok(b[100] == '#', "and by another shared mapping");
	ktap_ok(ro[100] == '#', "and by a private mapping that never wrote");
	a[100] = old;			/* leave the file as we found it */
	ktap_ok(read_file(fd, now) == size && memcmp(now, file, size) == 0,
		"writing the old byte back restores the file");
	munmap(ro, PAGE_SIZE);
	munmap(a, PAGE_SIZE);
	munmap(b, PAGE_SIZE);
	close(fd);
}

int main(void)
{
	char *p;
	int fd, st;

	ktap_plan(16);
	fd = open(PATH, O_RDONLY);
	if (!ktap_ok(fd >= 0, "open(\"%s\")", PATH)) {
		ktap_diag("open: %s", strerror(errno));
		return ktap_finish();
	}
	size = lseek(fd, 0, SEEK_END);
	ktap_ok(size > (long)PAGE_SIZE && size < (long)MAXSIZE &&
		read_file(fd, file) == size,
		"read() returns the whole file (%ld bytes)", size);

	private_mapping(fd);

	p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ktap_ok(p == MAP_FAILED && errno == EACCES,
		"MAP_SHARED + PROT_WRITE on a read-only open: EACCES");

	shared_mapping();

	p = mmap(NULL, 3 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, fd, 0);
	beyond = p + 2 * PAGE_SIZE;
	st = p == MAP_FAILED ? -1 : run_in_child(touch_beyond, NULL);
	ktap_ok(st != -1 && WIFSIGNALED(st) && WTERMSIG(st) == SIGBUS,
		"a page wholly past end-of-file: SIGBUS (%s)", status_str(st));
	if (p != MAP_FAILED)
		munmap(p, 3 * PAGE_SIZE);
	close(fd);
	return ktap_finish();
}
