/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/tinymm/fault_trace.h - tinymm's own: the faulttrace hook that
 * __handle_mm_fault() calls where Linux would fire a tracepoint. The
 * trace itself and its switch live with the shell's mm commands
 * (tinymm/shell/mm_shell.c).
 */
#ifndef _TINYMM_FAULT_TRACE_H
#define _TINYMM_FAULT_TRACE_H

#include <linux/mm.h>

extern bool fault_trace;	/* boot parameter fault_trace, command faulttrace */
void trace_fault(struct vm_fault *vmf, vm_fault_t ret);

#endif
