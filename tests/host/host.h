/* SPDX-License-Identifier: GPL-2.0 */
/* Host-test helpers: the printk capture buffer. */
#ifndef _TESTS_HOST_H
#define _TESTS_HOST_H

void host_log_clear(void);
const char *host_log_text(void);
/* Run a /proc show function and append its text to the capture buffer. */
struct seq_file;
int host_show(int (*show)(struct seq_file *m, void *v), void *v);

#endif
