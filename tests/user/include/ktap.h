/*
 * ktap.h - KTAP output for the user test programs.
 *
 * Teaches: how a user program's results nest inside the kernel's test
 * report. The kernel's KUnit suite "user" runs one program per case and
 * prints the case's result at 4 spaces ("    ok 3 cow"); whatever the
 * program prints before that line is the case's log. Printed at 8 spaces
 * with its own header and plan, that log becomes a nested KTAP subtest:
 *
 *         KTAP version 1
 *         # Subtest: cow
 *         1..5
 *         ok 1 child sees its own write
 *         ...
 *     ok 3 cow
 *
 * so tests/ktap.py counts every check of every program as a leaf test.
 * Linux counterpart: tools/testing/selftests/kselftest.h (ksft_print_header,
 * ksft_set_plan, ksft_test_result, ksft_print_msg, ksft_exit_*), which
 * prints the same format at indent 0 for the kselftest runner.
 */
#ifndef _KTAP_H
#define _KTAP_H

#include <stdbool.h>

/* "KTAP version 1", "# Subtest: <program>", "1..n" */
void ktap_plan(int n);
/* "ok N <what>" or "not ok N <what>"; returns ok */
bool ktap_ok(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "ok N <what> # SKIP <why>" */
void ktap_skip(const char *why, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "# <text>": a diagnostic, shown with the case when it fails */
void ktap_diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Failed checks so far (a plan/result mismatch counts as one): main's return
 * value, so the kernel case fails too. Capped below 128: exit codes are 8 bits. */
int ktap_finish(void);

/* The program's name as run (basename of argv[0]), glibc's name for it. */
extern const char *program_invocation_short_name;

#endif /* _KTAP_H */
