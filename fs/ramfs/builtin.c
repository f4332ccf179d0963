// SPDX-License-Identifier: GPL-2.0
/*
 * fs/ramfs/builtin.c - the default, empty table of files built into the
 * kernel image. The Makefile generates the real table (user programs,
 * data files) with strong definitions that replace these weak ones, so
 * the kernel and the host tests link before, and without, any such file.
 * Linux's nearest thing is the initramfs cpio archive linked into the
 * image (usr/initramfs_data.S), unpacked into a ramfs at boot.
 *
 * Kept in a file of its own: a weak constant defined in the same file as
 * its reader could be folded into it by the compiler.
 */
#include <linux/compiler.h>
#include <linux/fs.h>

const struct builtin_file builtin_files[] __weak = { { NULL, NULL, 0 } };
const unsigned int nr_builtin_files __weak = 0;
