// SPDX-License-Identifier: GPL-2.0
/*
 * lib/debug_locks.c - debug_locks: on until the first lock-debugging
 * report or the first taint that makes lock state untrustworthy (an oops
 * may have died holding locks), so one bug gives one report, not a flood.
 * Linux: lib/debug_locks.c. Simplified: no debug_locks_silent (the
 * locking self-tests' switch) and no console_verbose().
 */
#include <linux/debug_locks.h>

int debug_locks = 1;

int debug_locks_off(void)
{
	return debug_locks && __debug_locks_off();
}
