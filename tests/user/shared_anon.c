/*
 * shared_anon.c - mmap(MAP_SHARED | MAP_ANONYMOUS): memory a parent and
 * its forked children really share (not copy-on-write).
 *
 * The kernel backs it with an unnamed file (mm/shmem.c: "/dev/zero
 * (deleted)" in maps), so both processes fault in the same page-cache
 * pages and each sees the other's writes. When the last mapping goes,
 * the file and its pages go too.
 * Linux counterpart: selftests/mm's shared-memory checks (e.g. in cow.c).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ktap.h>
#include <mmtest.h>

#define NPAGES	4

static unsigned char *shm;

static int child_writes(void *arg)
{
	touch_write(shm, NPAGES, 0x5a);
	return 0;
}

static int child_checks(void *arg)
{
	return all_bytes(shm, 1, 0xa5) ? 0 : 1;
}

int main(void)
{
	struct tinymm_stat before, after;
	int status;

	ktap_plan(5);
	prefault_stack();
	before = mm_stat();
	shm = mmap(NULL, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE,
		   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (!ktap_ok(shm != MAP_FAILED, "mmap(MAP_SHARED | MAP_ANONYMOUS)"))
		return ktap_finish();
	ktap_ok(touch_read(shm, NPAGES) == 0, "it starts zero-filled");
	status = run_in_child(child_writes, NULL);
	ktap_ok(status == 0 && touch_read(shm, NPAGES) == NPAGES * 0x5a,
		"the parent sees what a child wrote (%s)", status_str(status));
	shm[0] = 0xa5;
	status = run_in_child(child_checks, NULL);
	ktap_ok(status == 0, "a child sees what the parent wrote (%s)",
		status_str(status));
	munmap(shm, NPAGES * PAGE_SIZE);
	after = mm_stat();
	ktap_diag("nr_free_pages %+ld after munmap",
		  (long)(after.nr_free_pages - before.nr_free_pages));
	ktap_ok(after.nr_free_pages + SLAB_SLACK >= before.nr_free_pages,
		"munmap of the last mapping frees the shared pages");
	return ktap_finish();
}
