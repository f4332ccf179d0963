/*
 * efault.c - a bad pointer handed to a system call is an error, not a crash.
 *
 * Teaches: the kernel never trusts a user pointer. copy_from_user() and
 * copy_to_user() first check the address is below TASK_SIZE (access_ok),
 * then do the access with a fixup: if it faults and the fault can't be
 * resolved (no VMA, wrong permission, kernel address), the exception
 * table entry makes the copy return short and the call fails with EFAULT.
 * A fault that *can* be resolved - a mapped page not touched yet - is just
 * a page fault taken on the process's behalf, and the call succeeds.
 * A buffer that is mapped only in part is no error either: read() and
 * write() move the bytes up to the hole and return that short count
 * (copy_to_user/copy_from_user say how many bytes they did not copy);
 * only a transfer of no byte at all is EFAULT.
 * Linux counterpart: arch/arm64/lib/copy_{from,to}_user.S with the
 * extable fixups and arch/arm64/mm/fault.c's fixup_exception() path; the
 * EFAULT cases of LTP's syscall tests (testcases/kernel/syscalls/).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <ktap.h>
#include <mmtest.h>
#include <tinymm.h>

#define LOW		((void *)0x10)		/* page 0: never mapped */
#define KERNEL		((void *)0xffff000000000000UL)

static bool efault(long r)
{
	return r == -1 && errno == EFAULT;
}

/*
 * 10 mapped bytes at the end of a page, then a hole: read() and write()
 * of 100 bytes there move 10. The file position moves by those 10 only,
 * so the rest is read next time (Linux's filemap_read advances ki_pos by
 * what it copied). Called last: the hole must stay a hole.
 */
static void short_transfers(int fd, const char *expect)
{
	char *page, *tail;
	int out;

	page = mmap(NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + PAGE_SIZE, PAGE_SIZE);
	tail = page + PAGE_SIZE - 10;

	lseek(fd, 0, SEEK_SET);
	ktap_ok(read(fd, tail, 100) == 10 && memcmp(tail, expect, 10) == 0,
		"read() of 100 into 10 mapped bytes and a hole: 10");
	ktap_ok(lseek(fd, 0, SEEK_CUR) == 10,
		"the file position moved by those 10 only");
	ktap_ok(efault(read(fd, page + PAGE_SIZE, 100)),
		"read() into the hole itself: EFAULT");

	out = open("/tmp/efault", O_RDWR | O_CREAT | O_TRUNC, 0600);
	memcpy(tail, "0123456789", 10);
	ktap_ok(out >= 0 && write(out, tail, 100) == 10,
		"write() of 100 from 10 mapped bytes and a hole: 10");
	ktap_ok(lseek(out, 0, SEEK_END) == 10, "the file got those 10 bytes");
	ktap_ok(efault(write(out, page + PAGE_SIZE, 100)) &&
		lseek(out, 0, SEEK_END) == 10,
		"write() from the hole itself: EFAULT, nothing written");
	close(out);
}

int main(void)
{
	struct timespec *ts;
	char expect[100];
	char *gone, *ro, *none, *fresh;
	long f0, f1;
	int fd;

	ktap_plan(19);
	fd = open("/data/lorem.txt", O_RDONLY);
	ro = mmap(NULL, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
		  -1, 0);
	none = mmap(NULL, PAGE_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
		    -1, 0);
	/* last, so that no later mmap() reuses the hole it leaves */
	gone = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(gone, PAGE_SIZE);

	ktap_ok(efault(write(1, LOW, 5)), "write() from address 0x10: EFAULT");
	ktap_ok(efault(write(1, gone, 5)), "write() from an unmapped page: "
		"EFAULT");
	ktap_ok(efault(write(1, none, 5)), "write() from a PROT_NONE page: "
		"EFAULT");
	ktap_ok(efault(write(1, KERNEL, 5)), "write() from a kernel address: "
		"EFAULT");
	ktap_ok(fd >= 0 && efault(read(fd, KERNEL, 16)),
		"read() into a kernel address: EFAULT");
	ktap_ok(fd >= 0 && efault(read(fd, ro, 16)),
		"read() into a read-only page: EFAULT");
	ktap_ok(efault(getrusage(RUSAGE_SELF, KERNEL)),
		"getrusage() into a kernel address: EFAULT");
	ktap_ok(efault(tinymm_stat(LOW)), "tinymm_stat() into address 0x10: "
		"EFAULT");
	ktap_ok(efault(open(LOW, O_RDONLY)), "open() with a bad path pointer: "
		"EFAULT");
	ktap_ok(efault(open(KERNEL, O_RDONLY)), "open() with a kernel path "
		"pointer: EFAULT");

	/* Mapped but never touched: the copy takes the fault for us. */
	fresh = mmap(NULL, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	lseek(fd, 0, SEEK_SET);
	read(fd, expect, sizeof(expect));
	lseek(fd, 0, SEEK_SET);
	prefault_stack();
	f0 = minflt();
	ktap_ok(fresh != MAP_FAILED && read(fd, fresh, sizeof(expect)) ==
		(long)sizeof(expect) && memcmp(fresh, expect,
					       sizeof(expect)) == 0,
		"read() into an untouched page works (copy_to_user faults it "
		"in)");
	f1 = minflt();
	ktap_ok(f1 - f0 == 1, "that cost the process one minor fault (%ld)",
		f1 - f0);
	ts = (struct timespec *)(fresh + PAGE_SIZE);	/* zeros: sleep 0 */
	ktap_ok(nanosleep(ts, NULL) == 0,
		"nanosleep() reading an untouched page works (copy_from_user "
		"maps the zero page)");
	short_transfers(fd, expect);
	close(fd);
	return ktap_finish();
}
