/*
 * sys/sysinfo.h - sysinfo(): Linux's include/uapi/linux/sysinfo.h layout on
 * a 64-bit kernel (112 bytes; the _f padding is empty there).
 */
#ifndef _SYS_SYSINFO_H
#define _SYS_SYSINFO_H

struct sysinfo {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];		/* 1, 5, 15 minute loads << 16 */
	unsigned long totalram;		/* in mem_unit */
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;		/* bytes */
	char _f[20 - 2 * sizeof(long) - sizeof(int)];
};

int sysinfo(struct sysinfo *info);

#endif /* _SYS_SYSINFO_H */
