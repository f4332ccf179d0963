/*
 * tinymm.h - the one system call tinymm has that Linux doesn't.
 *
 * On Linux a test reads these numbers from /proc/self/status (VmRSS's
 * RssAnon/RssFile, VmPTE, VmSize), /proc/self/stat (minflt, majflt),
 * /proc/self/maps (one line per VMA), /proc/vmstat (nr_free_pages,
 * nr_page_table_pages) and /proc/meminfo (Committed_AS, CommitLimit).
 * tinymm has no per-task procfs, so one call returns them all, under
 * the same names.
 */
#ifndef _TINYMM_H
#define _TINYMM_H

struct tinymm_stat {
	unsigned long nr_free_pages;	/* buddy lists + pcp lists: owned by nobody */
	unsigned long nr_page_table_pages; /* NR_PAGETABLE, all mms */
	unsigned long rss_anon;		/* this mm: MM_ANONPAGES */
	unsigned long rss_file;		/* this mm: MM_FILEPAGES */
	unsigned long min_flt;		/* this task: getrusage's ru_minflt */
	unsigned long maj_flt;
	unsigned long map_count;	/* this mm's VMAs */
	unsigned long total_vm;		/* this mm's mapped pages */
	unsigned long committed_as;	/* /proc/meminfo Committed_AS, pages */
	unsigned long commit_limit;	/* /proc/meminfo CommitLimit, pages */
	unsigned long nr_threads;	/* /proc/self/status Threads */
	unsigned long mm_users;		/* this mm's users (no /proc file shows it) */
};

/* 0, or -1 with errno set (the libc convention) */
int tinymm_stat(struct tinymm_stat *st);

#endif /* _TINYMM_H */
