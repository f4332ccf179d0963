/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Force-included into every host-test compile: tinymm's lib/vsprintf.c
 * defines the same names as libc, so on the host they get a prefix and the
 * tests exercise tinymm's formatting, not glibc's.
 */
#define vsnprintf	tinymm_vsnprintf
#define snprintf	tinymm_snprintf
#define vscnprintf	tinymm_vscnprintf
#define scnprintf	tinymm_scnprintf
#define sprintf		tinymm_sprintf
