/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's asm/rwonce.h: the generic READ_ONCE()/WRITE_ONCE(). Linux's
 * turns READ_ONCE() into a load-acquire under CONFIG_LTO, where the
 * compiler could otherwise break address dependencies; tinymm is never
 * built with LTO.
 */
#ifndef __ASM_RWONCE_H
#define __ASM_RWONCE_H

#include <asm-generic/rwonce.h>

#endif
