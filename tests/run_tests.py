#!/usr/bin/env python3
"""tests/run_tests.py - run every tinymm test and print one verdict.

Linux counterpart: tools/testing/kunit/kunit.py (run + parse), much smaller.

Parts (all by default; pick some with the flags):
  --selftest  the KTAP parser's own self-test (tests/ktap.py --selftest),
              and tests/comment_check.py: comments point only at the tree
              and Linux, C code is ASCII, docs name no file:line.
  --host      build/host/tinymm-host-tests all: the mm/ code on the host with
              ASan+UBSan, KTAP on stdout; then build/strict/host/'s copy
              (clang, no -fno-strict-overflow) must pass with no UBSan
              report: a pointer sum that wraps fails it; then
              build/tsan/host/tinymm-host-tsan (gcc, ThreadSanitizer) runs
              the suites where host threads are CPUs (smp_mm, page_flags):
              they must pass with no ThreadSanitizer report
              (host.tsan_clean).
  --fuzz      build/host/tinymm-mm-fuzz (tests/fuzz/mm_fuzz.c, libFuzzer):
              every file of tests/fuzz/regressions/ replayed, one case
              each (an input that once failed must pass for good; valid-*
              ones, found with FUZZ_MISUSE=0, are replayed so), then
              tests/fuzz/corpus/ replayed and FUZZ_RUNS more inputs
              (default 300) mutated from it with a fixed seed, once with
              FUZZ_MISUSE=0 (valid operations only) and once with the
              misuse operations: a case each.
  --qemu      the QEMU matrix: -m {128M, 1G, 5G} x -cpu {cortex-a53,
              cortex-a72} x virtualization {off (el1), on (el2)} = 12 boots,
              plus m1G-a72-el1-gic3 and m1G-a72-el2-gic3 (GICv3) and
              and SMP boots, the secondaries started with PSCI CPU_ON:
              m1G-a72-el1-gic3-smp4, m1G-a72-el1-smp2, m1G-a53-el2-smp4,
              m1G-a72-el2-gic3-smp2, m128M-a53-el1-smp2, and
              m1G-a53-el1-smp4-smpfail2 (tinymm.smp_fail=2: CPU 2 must be
              reported missing, the other three up); each CPU must report
              in with Linux's lines (boot.smp_reports_cpus); named like
              m1G-a53-el2, each with
              -append "ktest=all ktest.exit=1 panic=-1", run --jobs at a time;
              and ktest-nosuch: ktest=nosuch must warn and exit 1.
  --shell     boots to the tinymm> prompt and pipes help, memblock, bootargs,
              ptdump, ..., zones, buddyinfo, pagetypeinfo, pageblocks,
              pt, sysctl kernel.tainted (which must still be 0: nothing
              warned), poweroff into the serial console, among them a line of
              4,000 characters and one of 17 words, which must be refused
              with nothing run, and errors to be named as a shell names
              them (exec of a missing file, kill with a bad signal, kill
              of a missing pid); help must list exactly
              the SHELL_CMD()s of build/kernel.elf; pageblocks must agree with
              the others (free pages, block types, reserved pages, what
              memblock.reserved holds), and tools/memmap.py must draw it:
              a PNG of the expected size whose cells have the colours of
              their pageblocks' types. A second boot, with 5 GB, types
              buddyinfo and pageblocks: every pageblock of DMA32 and
              Normal, over the five slices the shell prints it in.
              A sysctl boot passes sysctl.vm.* on the command line: the
              shell's sysctl must show them applied (procps format), refuse
              bad values and names with procps' messages, list a
              directory (sysctl vm), and meminfo's CommitLimit must
              follow overcommit_ratio / _kbytes.
              An oops boot types lkdtm WARNING, lkdtm EXCEPTION, lkdtm
              WARNING with sysctl kernel.tainted between: each report's
              banner and the mask carry exactly the taint Linux v5.19 would
              show (W = 512, then "Tainted: G      D W        " = 640); a
              write adds bits, ignores those past the last flag and refuses
              garbage; slabinfo still runs afterwards.
              A stats boot types vmstat, meminfo and zoneinfo: their names
              and order must be Linux v5.19 arm64 defconfig's, zoneinfo's
              vm stats threshold calculate_normal_threshold()'s, and
              pgfault, pgalloc_dma32, pgfree, numa_hit and numa_local must
              grow across a program run; procps' vmstat -s reads the texts
              where a mount namespace can be had (tools/with-proc.sh).
              A tty boot types keys as a terminal does: Ctrl-C for a
              spinning program and for one blocked in read(), Ctrl-C at the
              prompt, job control (a background program survives Ctrl-C),
              cooked mode (erase, ^D) through /bin/cat, arrow keys,
              history, Home/Delete; the UART's interrupt count must grow.
  --docs      every transcript in README.md and docs/*.md replayed against
              the current kernel (tests/docs_replay.py), one case each, and
              each exercise's stated answer checked as make grade checks a
              student's (tests/grade.py). On another toolchain than
              docs/walkthroughs/toolchain.txt records, what differs is
              SKIP, listed with that reason and counted on the part's
              line; what fails to run still fails.
  --gdb       QEMU -S -gdb on a free port, gdb-multiarch -batch runs
              tests/gdb/boot.gdb with the lx-* helpers of tools/gdb/; its
              tests/gdb/mm.gdb part stops in __alloc_pages while the runner
              types buddyinfo, pagetypeinfo, zoneinfo, alloc 4, page <pfn>,
              free 0, buddyinfo into the shell, and lx-buddyinfo,
              lx-pagetypeinfo, lx-zoneinfo, lx-page must print exactly
              what those commands printed; then tests/gdb/slab.gdb stops
              in vmallocinfo_show after the runner's slabinfo and
              vmallocinfo, and lx-slabinfo, lx-vmallocinfo must print
              exactly what those two commands print; then
              tests/gdb/proc.gdb stops in show_pt_walk for the runner's
              pt 0 <kernel text / linear map / ioremap address> and
              translate-vm must print the same walk, and, with
              /bin/sleep running in the background, lx-ps, lx-maps and
              translate-vm must match ps, maps and pt of it; then
              tests/gdb/memmap.gdb stops in cmd_pageblocks and
              lx-pageblocks must print what pageblocks prints. A second
              session, -smp 2 at EL2, runs tests/gdb/smp.gdb: one stop in
              cmd_poweroff after vmstat and zoneinfo; info threads shows
              2, lx-cpus agrees with each thread's TPIDR_EL1 and MPIDR
              (VMPIDR_EL2, and QEMU's CPU#n) and __per_cpu_offset,
              $lx_current(1) is swapper/1, lx-zoneinfo prints what
              zoneinfo printed (CPU 0's pageset alone once CPU 1 is
              taken out of the online mask), and the events summed
              through $lx_per_cpu("vm_event_states", cpu) equal vmstat's.

The selftest part also runs tools/memmap.py --selftest (its parser on a
small made-up text) and tools/bench.py --selftest (make bench's parser on
the bench: lines of a -smp 1, a -smp 4 and a bench=scale run).

Pass/fail rules. Every leaf KTAP case of every run counts once, named
"[config] suite.case"; SKIP counts as skipped, neither passed nor failed. A
planned case or suite that never reported counts as failed. Each QEMU boot
also adds its own cases: boot.ktap_complete (top-level plan present, every
planned test reported, numbering right, no timeout), boot.no_unexpected_crash
(no oops outside a running case, no panic; an oops a case provoked on purpose
is fine when that case then reports), boot.exit_status (semihosting exit
status 0 iff every case passed, 1 otherwise; a panic exits QEMU with 0 too,
which is why the status alone proves nothing), boot.ktap_uniform (every line
of the KTAP stream, kernel or user program, carries the prefix of the
"KTAP version" line, and a reader that cuts that width from every line, as
Linux's kunit_parser does, finds the same cases), boot.memory_size_matches (the
kernel's "memory size = 0x..." line equals the -m size). The host run adds
host.exit_status and host.ktap_complete the same way. Logs are saved in
build/test-logs/<config>.log (--build DIR moves build/). Each failing case
is printed with its diagnostic lines (the last 30 log lines for a crash or a
timeout); the last line is "N passed, N failed" (", N skipped" when some
were), and the exit status is 0 iff nothing failed.
"""
import argparse
import concurrent.futures
import struct
import difflib
import json
import os
import re
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
import ktap  # noqa: E402
import memmap  # noqa: E402     the parser only: no matplotlib here
import docs_replay  # noqa: E402
import grade  # noqa: E402

PARTS = ('selftest', 'host', 'fuzz', 'qemu', 'shell', 'gdb', 'docs')

BUILD = LOGS = IMAGE = ELF = HOST_BIN = STRICT_BIN = FUZZ_BIN = TSAN_BIN = None  # set_build_dir()
QEMU = os.environ.get('QEMU', 'qemu-system-aarch64')
GDB = os.environ.get('GDB', 'gdb-multiarch')

MEMS = [('128M', 128 << 20), ('1G', 1 << 30), ('5G', 5 << 30)]
CPUS = [('a53', 'cortex-a53'), ('a72', 'cortex-a72')]
ELS = [('el1', False), ('el2', True)]
KTEST_APPEND = 'ktest=all ktest.exit=1 panic=-1'
SHELL_APPEND = 'panic=-1 tinymm.shelltest=1'
# Refused whole, nothing run: a 4,000-character line (its start would run
# hello, its tail would be a command of its own) and 17 words (the 17th,
# the "&", would be lost and hello run in the foreground).
SHELL_LONG_LINE = 'exec /bin/hello ' + 'x' * 3984
SHELL_17_WORDS = 'exec /bin/hello a b c d e f g h i j k l m n &'
SHELL_CMDS = ['help', 'memblock', 'bootargs', 'ptdump', 'faulttrace on',
              'exec /bin/demo', 'faulttrace off', 'exec /bin/hello a b &',
              'wait', SHELL_LONG_LINE, SHELL_17_WORDS, 'exec /bin/nosuch',
              'exec /bin/nosuch &', 'kill 2 65', 'kill 99',
              'exec /bin/threads sleep &', 'ps -L', 'wait', 'ps', 'zones', 'buddyinfo',
              'pagetypeinfo', 'pageblocks', 'pt 0 start_kernel',
              'sysctl kernel.tainted', 'poweroff']
PROMPT = 'tinymm> '
MEMSIZE = re.compile(r'memory size = (0x[0-9a-fA-F]+)')
TAIL = 30


class Config:
    def __init__(self, mem, cpu, el, gic3=False, smp=1, smp_fail=None):
        (self.mem, self.mem_bytes), (short, self.cpu), (el_name, self.el2) = \
            mem, cpu, el
        self.gic3 = gic3
        self.smp = smp
        self.smp_fail = smp_fail    # tinymm.smp_fail=: CPU_ON skipped
        self.name = 'm%s-%s-%s' % (self.mem, short, el_name) + \
            ('-gic3' if gic3 else '') + ('-smp%d' % smp if smp > 1 else '') + \
            ('-smpfail%d' % smp_fail if smp_fail is not None else '')
        self.append = KTEST_APPEND + (' tinymm.smp_fail=%d' % smp_fail
                                      if smp_fail is not None else '')


# QEMU virt defaults to GICv2; two more boots cover the GICv3 driver.
# Secondary CPUs come up with PSCI CPU_ON on GICv2 and GICv3, entered at
# EL1 and at EL2, and with 128M; one 4-CPU boot keeps CPU 2 from starting
# (tinymm.smp_fail=2): it must be reported and the other three come up.
CONFIGS = [Config(m, c, e) for m in MEMS for c in CPUS for e in ELS] + \
    [Config(MEMS[1], CPUS[1], e, gic3=True) for e in ELS] + \
    [Config(MEMS[1], CPUS[1], ELS[0], gic3=True, smp=4),
     Config(MEMS[1], CPUS[1], ELS[0], smp=2),
     Config(MEMS[1], CPUS[0], ELS[1], smp=4),
     Config(MEMS[1], CPUS[1], ELS[1], gic3=True, smp=2),
     Config(MEMS[0], CPUS[0], ELS[0], smp=2),
     Config(MEMS[1], CPUS[0], ELS[0], smp=4, smp_fail=2)]


class Case:
    def __init__(self, config, name, status, details=()):
        self.config, self.name, self.status = config, name, status
        self.details = list(details)

    def __str__(self):
        return '[%s] %s' % (self.config, self.name)


class Job:
    """The cases of one run (a boot, the host binary, ...)."""

    def __init__(self, config):
        self.config = config
        self.cases = []
        self.elapsed = 0.0
        self.note = ''          # said after the counts in its summary line
        self.skip_reason = ''   # SKIP cases with this reason are listed

    def add(self, name, ok, details=(), status=None):
        status = status or (ktap.PASS if ok else ktap.FAIL)
        self.cases.append(Case(self.config, name, status, details))

    def add_ktap(self, report):
        for path, status, log in report.leaves:
            details = diagnostics(log) if status == ktap.FAIL else \
                ['(no result reported; see the log tail below)']
            self.add(path, True, details, status)

    def count(self, *statuses):
        return sum(1 for c in self.cases if c.status in statuses)


def diagnostics(log):
    """The lines worth printing for a failed case: KUnit diagnostics (indented
    "# ..." and their continuation lines) and crash reports."""
    keep = [l for l in log if l.lstrip().startswith('#') or
            l.startswith(' ' * 8) or ktap.CRASH.search(l)] or log[-15:]
    indent = min(len(l) - len(l.lstrip(' ')) for l in keep) if keep else 0
    return [l[indent:] for l in keep[:40]]


def tail(text, n=TAIL):
    lines = text.rstrip('\n').split('\n')
    return ['--- last %d lines of the log ---' % min(n, len(lines))] + \
        lines[-n:]


def log_path(name):
    os.makedirs(LOGS, exist_ok=True)
    return os.path.join(LOGS, name + '.log')


def set_build_dir(build):
    global BUILD, LOGS, IMAGE, ELF, HOST_BIN, STRICT_BIN, FUZZ_BIN, TSAN_BIN
    BUILD = os.path.abspath(build)
    LOGS = os.path.join(BUILD, 'test-logs')
    IMAGE = os.path.join(BUILD, 'Image')
    ELF = os.path.join(BUILD, 'kernel.elf')
    HOST_BIN = os.path.join(BUILD, 'host', 'tinymm-host-tests')
    STRICT_BIN = os.path.join(BUILD, 'strict', 'host', 'tinymm-host-tests')
    FUZZ_BIN = os.path.join(BUILD, 'host', 'tinymm-mm-fuzz')
    TSAN_BIN = os.path.join(BUILD, 'tsan', 'host', 'tinymm-host-tsan')


def tcg_accel(smp):
    """More vCPUs than host cores: one TCG thread runs them in turn. With a
    host thread per vCPU (MTTCG) a vCPU holding a spinlock is often
    descheduled by the host while the others spin (lock-holder
    preemption), and the smp_stress suite's million operations take
    minutes instead of seconds; in turn, a waiter's WFE hands the host
    thread to the next vCPU at once. Up to the host's cores, MTTCG: the
    vCPUs really run in parallel."""
    if smp > (os.cpu_count() or 1):
        return ['-accel', 'tcg,thread=single']
    return []


def qemu_cmd(cfg, append, extra=()):
    machine = 'virt' + (',virtualization=on' if cfg.el2 else '') + \
        (',gic-version=3' if cfg.gic3 else '')
    # -nic none: no default NIC, whose option ROM may not be installed
    return [QEMU, '-machine', machine, '-nic', 'none', '-cpu', cfg.cpu,
            '-m', cfg.mem, '-smp', str(cfg.smp), '-display', 'none',
            '-monitor', 'none',
            '-serial', 'stdio', '-semihosting', '-no-reboot',
            '-kernel', IMAGE, '-append', append] + tcg_accel(cfg.smp) + \
        list(extra)


def start_qemu(cfg, append, logname, stdin=False, extra=()):
    """QEMU with its console going straight to the log file (so it can never
    block on a full pipe); stdin is /dev/null or a pipe for drive_shell()."""
    log = open(log_path(logname), 'wb')
    p = subprocess.Popen(qemu_cmd(cfg, append, extra), cwd=ROOT,
                         stdin=subprocess.PIPE if stdin else
                         subprocess.DEVNULL, stdout=log,
                         stderr=subprocess.STDOUT)
    log.close()
    return p


def drive_shell(p, logname, cmds, timeout):
    """Type each command once a new prompt has appeared, as a person would:
    input sent earlier may be lost when the UART driver resets its FIFO.
    A command may be a function of the log so far, returning the line."""
    deadline = time.time() + timeout
    sent = 0
    while sent < len(cmds) and p.poll() is None and time.time() < deadline:
        log = read_log(logname)
        if log.count(PROMPT) > sent:
            cmd = cmds[sent](log) if callable(cmds[sent]) else cmds[sent]
            try:
                p.stdin.write((cmd + '\n').encode())
                p.stdin.flush()
            except BrokenPipeError:     # QEMU is gone; wait() tells why
                break
            sent += 1
        else:
            time.sleep(0.05)
    try:
        p.stdin.close()
    except BrokenPipeError:
        pass
    return wait(p, max(1, deadline - time.time()))


def wait(p, timeout):
    """Returns (exit status, timed out); kills the process on timeout."""
    try:
        return p.wait(timeout=timeout), False
    except subprocess.TimeoutExpired:
        p.kill()
        return p.wait(), True


def read_log(logname):
    with open(log_path(logname), 'rb') as f:
        return f.read().decode('utf-8', 'replace').replace('\r', '')


def boot_memory_size(text):
    m = MEMSIZE.search(text)
    return int(m.group(1), 16) if m else None


def need_file(job, path, hint):
    if os.path.exists(path):
        return True
    job.add('build.%s_exists' % os.path.basename(path).replace('-', '_')
            .replace('.', '_'), False, ['%s is missing: %s' % (path, hint)])
    return False


# ------------------------------------------------------------------ parts

def run_selftest(args):
    job = Job('runner')
    p = subprocess.run([sys.executable, os.path.join(ROOT, 'tests',
                                                     'ktap.py'), '--selftest'],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.decode('utf-8', 'replace')
    job.add('ktap.selftest', p.returncode == 0, out.splitlines()[-TAIL:])
    # the tools' parsers: memmap.py's on a made-up text, bench.py's on
    # the kernel's bench: line shapes
    for tool in ('memmap', 'bench'):
        p = subprocess.run([sys.executable, os.path.join(ROOT, 'tools',
                                                         tool + '.py'),
                            '--selftest'],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = p.stdout.decode('utf-8', 'replace')
        job.add(tool + '.selftest', p.returncode == 0 and
                'selftest: ok' in out, out.splitlines()[-TAIL:])
    p = subprocess.run([sys.executable, os.path.join(ROOT, 'tests',
                                                     'docs_replay.py'),
                        '--selftest'],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.decode('utf-8', 'replace')
    job.add('docs_replay.selftest', p.returncode == 0, out.splitlines()[-TAIL:])
    check = [sys.executable, os.path.join(ROOT, 'tests', 'comment_check.py')]
    p = subprocess.run(check + ['--selftest'], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    out = p.stdout.decode('utf-8', 'replace')
    job.add('comment_check.selftest', p.returncode == 0 and
            'selftest: ok' in out, out.splitlines()[-TAIL:])
    # comments point only at the tree and Linux (see comment_check.py)
    p = subprocess.run(check, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.decode('utf-8', 'replace')
    job.add('tree.comments_clean', p.returncode == 0, out.splitlines()[-TAIL:])
    return job


def run_host(args):
    job = Job('host')
    if not need_file(job, HOST_BIN, 'run make -f tests/host/Makefile'):
        return job
    log = open(log_path('host'), 'wb')
    p = subprocess.Popen([HOST_BIN, 'all'], cwd=ROOT, stdin=subprocess.DEVNULL,
                         stdout=log, stderr=subprocess.STDOUT)
    log.close()
    rc, timed_out = wait(p, args.host_timeout)
    text = read_log('host')
    report = ktap.parse(text.split('\n'))
    job.add_ktap(report)
    bad = report.count(ktap.FAIL) + report.count(ktap.MISSING)
    problems = (['timed out after %d s' % args.host_timeout] if timed_out
                else []) + report.errors + report.crashes
    job.add('host.ktap_complete', not problems, problems + tail(text))
    job.add('host.exit_status', rc == (1 if bad else 0) and not timed_out,
            ['exit status %d, expected %d' % (rc, 1 if bad else 0)])
    # one entry of the filter matching nothing fails the run, warned about
    q = subprocess.run([HOST_BIN, 'int_sqrt,nosuch'], cwd=ROOT,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=args.host_timeout)
    out = q.stdout.decode('utf-8', 'replace')
    job.add('host.unknown_filter_fails', q.returncode == 1 and
            "kunit: no test suite or case matches 'nosuch'" in out and
            'ok 1 int_sqrt' in out,
            ['exit status %d, expected 1' % q.returncode] +
            out.split('\n')[-TAIL:])
    check_host_strict(job, args)
    check_host_tsan(job, args)
    return job


def check_host_strict(job, args):
    """The same suites built by clang without -fno-strict-overflow
    (make host-test's second build): UBSan reports any pointer sum that
    wraps, and every suite must still pass. One case: the suites are
    counted once, above."""
    if not need_file(job, STRICT_BIN, 'run make host-test'):
        return
    with open(log_path('host-strict'), 'wb') as log:
        p = subprocess.Popen([STRICT_BIN, 'all'], cwd=ROOT,
                             stdin=subprocess.DEVNULL, stdout=log,
                             stderr=subprocess.STDOUT)
    rc, timed_out = wait(p, args.host_timeout)
    text = read_log('host-strict')
    report = ktap.parse(text.split('\n'))
    errors = [l for l in text.split('\n') if 'runtime error:' in l]
    failed = report.count(ktap.FAIL) + report.count(ktap.MISSING)
    job.add('host.strict_clang_pointer_overflow_clean',
            rc == 0 and not timed_out and not errors and not failed,
            ['exit status %s, %d failed, %d UBSan reports' % (
                'timeout' if timed_out else rc, failed, len(errors))] +
            errors[:10] + tail(text))


def check_host_tsan(job, args):
    """The suites where host threads run as CPUs (tests/host/host_smp.c),
    built with ThreadSanitizer (make host-test's third build): they must
    pass with no ThreadSanitizer report. One case: the suites are counted
    once, above."""
    if not need_file(job, TSAN_BIN, 'run make host-test'):
        return
    with open(log_path('host-tsan'), 'wb') as log:
        p = subprocess.Popen([TSAN_BIN], cwd=ROOT, stdin=subprocess.DEVNULL,
                             stdout=log, stderr=subprocess.STDOUT)
    rc, timed_out = wait(p, args.host_timeout)
    text = read_log('host-tsan')
    report = ktap.parse(text.split('\n'))
    lines = text.split('\n')
    races = [l for l in lines if 'WARNING: ThreadSanitizer' in l]
    # each report's first frames: where the two accesses were
    frames = [l for l in lines if re.match(r'\s+#[0-2] ', l)]
    failed = report.count(ktap.FAIL) + report.count(ktap.MISSING)
    job.add('host.tsan_clean',
            rc == 0 and not timed_out and not races and not failed and
            not report.errors and not report.crashes,
            ['exit status %s, %d failed, %d ThreadSanitizer reports' % (
                'timeout' if timed_out else rc, failed, len(races))] +
            races[:5] + frames[:30] + tail(text))


FUZZ_DIR = os.path.join(ROOT, 'tests', 'fuzz')
FUZZ_MARKS = re.compile(r'mm_fuzz: |^  \S|ERROR: |runtime error: |'
                        r'SUMMARY: |^Running: ')
# a stack frame in tinymm's own code (not libc's, the sanitizers' or libFuzzer's)
FUZZ_FRAME = re.compile(r'^    #\d+ 0x\w+ in \S+ ' + re.escape(ROOT) + '/')


def fuzz_run(argv, logname, timeout, env=None):
    """Run the fuzzer; (exit status, the lines worth printing on failure)."""
    with open(log_path(logname), 'wb') as log:
        p = subprocess.Popen(argv, cwd=ROOT, stdin=subprocess.DEVNULL,
                             stdout=log, stderr=subprocess.STDOUT,
                             env=dict(os.environ,
                                      UBSAN_OPTIONS='print_stacktrace=1',
                                      **(env or {})))
        rc, timed_out = wait(p, timeout)
    text = read_log(logname)
    why = [l for l in text.split('\n')
           if FUZZ_MARKS.search(l) or FUZZ_FRAME.search(l)][:30]
    if timed_out:
        why.insert(0, 'timed out after %d s' % timeout)
    return (None if timed_out else rc), why or tail(text)


def run_fuzz(args):
    """Each regression input replayed on its own (one case each), then the
    corpus and a fixed number of inputs mutated from it, once with valid
    operations only and once with the misuse operations too."""
    job = Job('fuzz')
    if not need_file(job, FUZZ_BIN, 'run make fuzz-bin'):
        return job
    base = [FUZZ_BIN, '-close_fd_mask=1', '-timeout=30']
    regs = os.path.join(FUZZ_DIR, 'regressions')
    for name in sorted(os.listdir(regs)):
        # valid-*: found with the misuse operations off, replayed so
        misuse = '0' if name.startswith('valid-') else '1'
        rc, why = fuzz_run(base + [os.path.join(regs, name)],
                           'fuzz-regression-' + name, args.host_timeout,
                           {'FUZZ_MISUSE': misuse})
        job.add('regression.' + name, rc == 0, why)
    runs = int(os.environ.get('FUZZ_RUNS', '300'))
    for name, misuse in (('valid_ops', '0'), ('with_misuse', '1')):
        scratch = os.path.join(BUILD, 'fuzz', 'test-corpus-' + name)
        if os.path.isdir(scratch):
            for f in os.listdir(scratch):
                os.remove(os.path.join(scratch, f))
        os.makedirs(scratch, exist_ok=True)
        rc, why = fuzz_run(base + ['-seed=1', '-runs=%d' % runs,
                                   '-max_len=1024',
                                   '-artifact_prefix=%s/fuzz-%s-' % (LOGS,
                                                                     name),
                                   scratch, os.path.join(FUZZ_DIR, 'corpus')],
                           'fuzz-corpus-' + name, args.host_timeout,
                           {'FUZZ_MISUSE': misuse})
        job.add('corpus.%s' % name, rc == 0, why)
    return job


def check_ktap_uniform(job, lines, report):
    """boot.ktap_uniform: every line of the KTAP stream carries the version
    line's prefix, so Linux's kunit_parser (one prefix width cut from
    every line) finds the same cases as ours."""
    bad = ktap.prefix_errors(lines)
    linux = ktap.parse(ktap.linux_extract(lines), strip=lambda l: l)
    ours = [(p, s) for p, s, _ in report.leaves]
    theirs = [(p, s) for p, s, _ in linux.leaves]
    why = ['%d lines without the version line\'s prefix, e.g.:' % len(bad)] + \
        bad[:5] if bad else []
    if theirs != ours:
        why.append('a Linux-style reader sees %d cases, ours %d'
                   % (len(theirs), len(ours)))
    job.add('boot.ktap_uniform', not why, why)


def run_boot(cfg, args):
    job = Job(cfg.name)
    if not need_file(job, IMAGE, 'run make all'):
        return job
    p = start_qemu(cfg, cfg.append, cfg.name)
    rc, timed_out = wait(p, args.timeout)
    text = read_log(cfg.name)
    report = ktap.parse(text.split('\n'))
    job.add_ktap(report)
    problems = (['timed out after %d s' % args.timeout] if timed_out
                else []) + report.errors
    job.add('boot.ktap_complete', not problems, problems + tail(text))
    # the tail is printed once, here or above
    job.add('boot.no_unexpected_crash', not report.crashes,
            report.crashes + ([] if problems else tail(text)))
    bad = report.count(ktap.FAIL) + report.count(ktap.MISSING)
    want = 1 if bad else 0
    job.add('boot.exit_status', not timed_out and rc == want,
            ['QEMU exit status %s, expected %d' %
             ('(killed after timeout)' if timed_out else rc, want)])
    check_ktap_uniform(job, text.split('\n'), report)
    check_smp(job, cfg, text)
    banner = [l for l in strip_all(text).split('\n')
              if l.startswith('Linux version ')]
    job.add('boot.linux_banner', banner == [LINUX_BANNER],
            ['expected %r first; boot printed %r' % (LINUX_BANNER, banner)])
    size = boot_memory_size(text)
    job.add('boot.memory_size_matches', size == cfg.mem_bytes,
            ['boot log "memory size" = %s, -m %s = %#x' %
             (hex(size) if size is not None else 'not found', cfg.mem,
              cfg.mem_bytes)])
    return job


# init/version.c's linux_banner: the shape of Linux's first boot line.
LINUX_BANNER = ('Linux version 5.19.0-tinymm (tinymm@tinymm) '
                '(a teaching model of Linux mm) '
                '#1 SMP Sun Jul 31 22:34:00 UTC 2022')


def check_smp(job, cfg, text):
    """Secondary bring-up as Linux v5.19 logs it: each CPU of -smp but the
    tinymm.smp_fail= one reports in with its MPIDR (QEMU virt: 1, 2, ...)
    and the boot CPU's MIDR, in order, its GICv3 redistributor found first;
    the missing one is reported; then the totals, and the EL every CPU
    was entered at (each recorded its own in head.S)."""
    text = strip_all(text)
    boot = re.search(r'^Booting tinymm on physical CPU 0x[0-9a-f]+ '
                     r'\[(0x[0-9a-f]{8})\]$', text, re.M)
    midr = boot.group(1) if boot else '?'
    # each redistributor is two 64 KB frames after CPU 0's
    rd0 = re.search(r'^GICv3: CPU0: found redistributor 0 region '
                    r'0:(0x[0-9a-f]{16})$', text, re.M)
    rd0 = int(rd0.group(1), 16) if rd0 else 0
    want = ['smp: Bringing up secondary CPUs ...']
    online = 1
    for cpu in range(1, cfg.smp):
        if cpu == cfg.smp_fail:
            want += ['CPU%d: failed to come online' % cpu,
                     'CPU%d: failed in unknown state : 0x0' % cpu]
            continue
        if cfg.gic3:
            want.append('GICv3: CPU%d: found redistributor %x region '
                        '0:0x%016x' % (cpu, cpu, rd0 + cpu * 0x20000))
        want.append('CPU%d: Booted secondary processor 0x%010x [%s]'
                    % (cpu, cpu, midr))
        online += 1
    want += ['smp: Brought up 1 node, %d CPU%s' % (online,
                                                    's' if online > 1 else ''),
             'SMP: Total of %d processors activated.' % online,
             'CPU: All CPU(s) started at EL%d' % (2 if cfg.el2 else 1)]
    start = text.find(want[0])
    got = [l for l in text[start:].split('\n')
           if l.startswith(('smp:', 'SMP:', 'GICv3: CPU', 'CPU'))
           and (not l.startswith('CPU: ') or 'started at' in l)
           ][:len(want)] if start >= 0 else []
    job.add('boot.smp_reports_cpus', got == want,
            ['-smp %d%s; expected:' % (cfg.smp, ' tinymm.smp_fail=%d'
                                       % cfg.smp_fail if cfg.smp_fail
                                       is not None else '')] +
            ['  ' + l for l in want] + ['boot printed:'] +
            ['  ' + l for l in got])


def elf_shell_cmds(path):
    """(name, help) of every SHELL_CMD() linked into the kernel: the struct
    shell_cmd entries (name, help, fn pointers) between __start_shell_cmds
    and __stop_shell_cmds, their strings found through the section
    headers. ELF64 little-endian, as the linker wrote it."""
    with open(path, 'rb') as f:
        elf = f.read()
    shoff, = struct.unpack_from('<Q', elf, 0x28)
    shentsize, shnum = struct.unpack_from('<HH', elf, 0x3a)
    secs = [struct.unpack_from('<IIQQQQIIQQ', elf, shoff + i * shentsize)
            for i in range(shnum)]

    def at(va, n=None):
        for _, typ, flags, addr, off, size, *_ in secs:
            if flags & 2 and typ != 8 and addr <= va < addr + size:
                o = off + va - addr     # SHF_ALLOC, not SHT_NOBITS
                return elf[o:o + n] if n else elf[o:elf.index(b'\0', o)]
        raise ValueError('address %#x is not in the image' % va)
    syms = {}
    for _, typ, _, _, off, size, link, _, _, entsize in secs:
        if typ != 2:        # SHT_SYMTAB
            continue
        strtab = secs[link][4]
        for o in range(off, off + size, entsize):
            name, _, _, _, value, _ = struct.unpack_from('<IBBHQQ', elf, o)
            end = elf.index(b'\0', strtab + name)
            syms[elf[strtab + name:end].decode()] = value
    cmds = []
    for va in range(syms['__start_shell_cmds'], syms['__stop_shell_cmds'],
                    24):
        name, helptext, _ = struct.unpack('<QQQ', at(va, 24))
        cmds.append((at(name).decode(), at(helptext).decode()))
    return cmds


def check_help(job, out):
    """help lists every registered command, once, sorted, with its text."""
    try:
        want = sorted(elf_shell_cmds(ELF))
    except (OSError, KeyError, ValueError, struct.error) as e:
        job.add('shell.help_lists_every_command', False,
                ['cannot read the commands from %s: %s' % (ELF, e)])
        return
    got = [tuple(l.strip().split(None, 1)) for l in strip_all(out).split('\n')
           if l.strip()]
    diff = list(difflib.unified_diff(['%s %s' % c for c in want],
                                     [' '.join(c) for c in got],
                                     'SHELL_CMD() in kernel.elf', 'help',
                                     lineterm=''))
    job.add('shell.help_lists_every_command', want and got == want,
            diff[:TAIL] or ['no commands found'])


def split_shell(text, cmds=SHELL_CMDS):
    """Output of each command: the text between one prompt and the next,
    without the echoed command line."""
    text = '\n'.join(ktap.strip_line(l) for l in text.split('\n'))
    chunks = text.split(PROMPT)[1:]
    out = []
    for cmd, chunk in zip(cmds, chunks):
        lines = chunk.split('\n')
        if lines and (callable(cmd) or lines[0].strip() == cmd):
            lines = lines[1:]
        out.append('\n'.join(lines).strip())
    return out + [''] * (len(cmds) - len(out))


def refused(out, message):
    """A command line the shell refused: the message as the last line of
    its output, and no sign that any of it ran (hello's argv, an exec's
    status, a "command not found" for a piece of it)."""
    lines = out.split('\n')
    return lines[-1] == message and not re.search(
        r'argv\[|exited with|started as|command not found', out)


def shell_session(name, cfg, cmds, args):
    """Boot to the prompt and type cmds: (log text, exit status, timed out)."""
    p = start_qemu(cfg, SHELL_APPEND, name, stdin=True)
    rc, timed_out = drive_shell(p, name, cmds, args.timeout)
    return read_log(name), rc, timed_out


def run_shell(args):
    cfg = Config(('1G', 1 << 30), CPUS[1], ELS[0])
    job = Job('shell')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    text, rc, timed_out = shell_session('shell', cfg, SHELL_CMDS, args)
    outs = dict(zip(SHELL_CMDS, split_shell(text)))
    job.add('shell.prompt_seen', PROMPT in text, tail(text))
    check_help(job, outs['help'])
    sane = {
        'help': lambda o: all(c.split()[0] in o for c in SHELL_CMDS[1:]),
        'memblock': lambda o: 'MEMBLOCK configuration:' in o and
        boot_memory_size(o) == cfg.mem_bytes,
        'bootargs': lambda o: SHELL_APPEND in o,
        'ptdump': lambda o: re.search(r'0x[0-9a-f]{16}-0x[0-9a-f]{16}', o),
        'faulttrace on': lambda o: 'faulttrace: on' in o,
        # the demo's faults in the log, each naming its handler
        'exec /bin/demo': lambda o: 'exited with status 0' in o and
        re.search(r'demo\[\d+\]: write fault at 0x[0-9a-f]+ -> '
                  r'do_anonymous_page: new zeroed page', o) and
        re.search(r'demo\[\d+\]: exec fault at 0x[0-9a-f]+ -> '
                  r'do_read_fault: the page-cache page', o),
        # a background program keeps its arguments after the shell moves on
        'wait': lambda o: 'exited with status 0' in o and
        'argv[2] = "b"' in text,
        # refused with a message; nothing of the line ran
        SHELL_LONG_LINE: lambda o: refused(
            o, 'tinymm: line too long (max 255 characters)'),
        SHELL_17_WORDS: lambda o: refused(
            o, 'tinymm: too many words (max 16)'),
        # errors by their strerror() texts, kill's as bash's
        'exec /bin/nosuch': lambda o:
        o == 'exec: /bin/nosuch: No such file or directory',
        # in the background too: said at once, no child left behind
        'exec /bin/nosuch &': lambda o:
        o == 'exec: /bin/nosuch: No such file or directory',
        'kill 2 65': lambda o: o == 'kill: 65: invalid signal specification',
        'kill 99': lambda o: o == 'kill: (99) - No such process',
        # init keeps its name: ps runs in init's frame, but is no process
        'ps': lambda o: dict((int(m.group(1)), m.group(7)) for m in
                             PS_LINE.finditer(strip_all(o))).get(1) == 'init',
        # one row per thread: the program's two share PID, not LWP
        'ps -L': ps_shows_threads,
        # swapper_pg_dir is in the image: its walk needs no warning
        'pt 0 start_kernel': lambda o: '=> pa 0x' in o and 'WARNING' not in o,
        # nothing above warned, oopsed or found a bad page
        'sysctl kernel.tainted': lambda o: o == 'kernel.tainted = 0',
    }
    for cmd, check in sane.items():
        out = outs[cmd]
        name = cmd if len(cmd) <= 60 else '%s...(%d chars)' % (cmd[:20],
                                                              len(cmd))
        job.add('shell.' + name, bool(out and check(out)),
                ['output of "%s":' % name] + out.split('\n')[-TAIL:])
    job.add('shell.poweroff_exits_0', rc == 0 and not timed_out,
            ['QEMU exit status %s' % ('(killed after timeout)' if timed_out
                                      else rc)] + tail(text))
    crashes = [l for l in text.split('\n') if ktap.CRASH.search(l)]
    job.add('shell.no_crash', not crashes, crashes)
    check_pageblocks(job, outs, cfg)
    check_memmap_png(job, outs['pageblocks'])
    return job


def run_shell_5g(args):
    """pageblocks past one slice: the shell prints it 1 GB at a time (its
    buffer is 64 KB), so 5 GB, in DMA32 and Normal, takes five."""
    cfg = Config(MEMS[2], CPUS[1], ELS[0])
    job = Job('shell-5G')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    cmds = ['buddyinfo', 'pageblocks', 'poweroff']
    p = start_qemu(cfg, SHELL_APPEND, 'shell-5G', stdin=True)
    rc, timed_out = drive_shell(p, 'shell-5G', cmds, args.timeout)
    outs = dict(zip(cmds, split_shell(read_log('shell-5G'), cmds)))
    try:
        blocks = memmap.parse(outs['pageblocks']).blocks
    except memmap.ParseError as e:
        job.add('shell.pageblocks_5g_parses', False, [str(e)])
        return job
    first, normal = 0x40000000 >> 12, 0x100000000 >> 12
    want = [(first + i * 512, 'DMA32' if first + i * 512 < normal else
             'Normal') for i in range(cfg.mem_bytes >> 21)]
    got = [(b.pfn, b.zone) for b in blocks]
    job.add('shell.pageblocks_5g_every_slice', got == want,
            ['%d lines, want %d; first difference: %r' % (
                len(got), len(want), next(((g, w) for g, w in zip(got, want)
                                           if g != w), None))])
    free = dict((z, sum(b.free for b in blocks if b.zone == z))
                for z in ('DMA32', 'Normal'))
    job.add('shell.pageblocks_5g_free_matches_buddyinfo',
            free == buddyinfo_free(outs['buddyinfo']),
            ['pageblocks: %r' % free, 'buddyinfo: %r' %
             buddyinfo_free(outs['buddyinfo'])])
    job.add('shell.pageblocks_5g_poweroff', rc == 0 and not timed_out,
            ['QEMU exit status %s' % ('(killed after timeout)' if timed_out
                                      else rc)])
    return job


SYSCTL_APPEND = SHELL_APPEND + (' sysctl.vm.overcommit_memory=2'
                                ' sysctl/vm/overcommit_ratio=70'
                                ' sysctl.vm.bogus=1')
SYSCTL_CMDS = ['sysctl vm.overcommit_memory', 'sysctl vm.overcommit_memory=3',
               'sysctl vm.nope', 'meminfo',
               'sysctl -w vm.overcommit_kbytes=524288', 'meminfo', 'sysctl',
               'sysctl vm', 'sysctl vm.overcommit_memory=0', 'poweroff']


def meminfo_kb(text, label):
    m = re.search(r'^%s:\s+(\d+) kB$' % re.escape(label), text, re.M)
    return int(m.group(1)) if m else None


def run_shell_sysctl(args):
    """sysctl.* boot parameters, the shell's sysctl command and meminfo's
    CommitLimit, each number worked out here from Linux's formula."""
    cfg = Config(MEMS[1], CPUS[1], ELS[0])
    job = Job('shell-sysctl')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    p = start_qemu(cfg, SYSCTL_APPEND, 'shell-sysctl', stdin=True)
    rc, timed_out = drive_shell(p, 'shell-sysctl', SYSCTL_CMDS, args.timeout)
    text = read_log('shell-sysctl')
    outs = split_shell(text, SYSCTL_CMDS)
    boot = text.split(PROMPT)[0]
    job.add('sysctl.boot_param_applied', outs[0] == 'vm.overcommit_memory = 2',
            [outs[0]])
    job.add('sysctl.boot_param_unknown_reported',
            "Failed to set sysctl parameter 'vm.bogus=1': parameter not "
            "found" in boot and
            'Unknown kernel command line parameters "sysctl' not in boot,
            tail(boot))
    job.add('sysctl.bad_value_refused', outs[1] ==
            'sysctl: setting key "vm.overcommit_memory": Invalid argument',
            [outs[1]])
    job.add('sysctl.unknown_name', outs[2] == 'sysctl: cannot stat '
            '/proc/sys/vm/nope: No such file or directory', [outs[2]])
    total = meminfo_kb(outs[3], 'MemTotal')
    want = total // 4 * 70 // 100 * 4 if total else None
    job.add('sysctl.commitlimit_ratio', total and
            meminfo_kb(outs[3], 'CommitLimit') == want,
            ['MemTotal %s kB: want CommitLimit %s kB' % (total, want)] +
            outs[3].split('\n'))
    job.add('sysctl.commitlimit_kbytes', outs[4] ==
            'vm.overcommit_kbytes = 524288' and
            meminfo_kb(outs[5], 'CommitLimit') == 524288,
            [outs[4]] + outs[5].split('\n'))
    names = re.findall(r'^(vm\.\w+) = (\d+)$', outs[6], re.M)
    job.add('sysctl.lists_all', dict(names) == {
        'vm.overcommit_memory': '2', 'vm.overcommit_ratio': '0',
        'vm.overcommit_kbytes': '524288', 'vm.user_reserve_kbytes':
        dict(names).get('vm.user_reserve_kbytes', '?'),
        'vm.admin_reserve_kbytes': '8192'}, outs[6].split('\n'))
    vm_lines = [l for l in outs[6].split('\n') if l.startswith('vm.')]
    job.add('sysctl.lists_directory', vm_lines and
            outs[7].split('\n') == vm_lines, outs[7].split('\n'))
    job.add('sysctl.poweroff', rc == 0 and not timed_out and
            outs[8] == 'vm.overcommit_memory = 0', [outs[8]] + tail(text))
    return job


# What Linux v5.19 prints on an arm64 defconfig kernel with tinymm's zones
# (DMA32, Normal, Movable): /proc/vmstat's names in order (the per-node
# ones are also zoneinfo's), and /proc/meminfo's labels.
VMSTAT_ZONE = """nr_free_pages nr_zone_inactive_anon nr_zone_active_anon
nr_zone_inactive_file nr_zone_active_file nr_zone_unevictable
nr_zone_write_pending nr_mlock nr_bounce nr_free_cma""".split()
VMSTAT_NUMA = """numa_hit numa_miss numa_foreign numa_interleave numa_local
numa_other""".split()
VMSTAT_NODE = """nr_inactive_anon nr_active_anon nr_inactive_file
nr_active_file nr_unevictable nr_slab_reclaimable nr_slab_unreclaimable
nr_isolated_anon nr_isolated_file workingset_nodes workingset_refault_anon
workingset_refault_file workingset_activate_anon workingset_activate_file
workingset_restore_anon workingset_restore_file workingset_nodereclaim
nr_anon_pages nr_mapped nr_file_pages nr_dirty nr_writeback
nr_writeback_temp nr_shmem nr_shmem_hugepages nr_shmem_pmdmapped
nr_file_hugepages nr_file_pmdmapped nr_anon_transparent_hugepages
nr_vmscan_write nr_vmscan_immediate_reclaim nr_dirtied nr_written
nr_throttled_written nr_kernel_misc_reclaimable nr_foll_pin_acquired
nr_foll_pin_released nr_kernel_stack nr_page_table_pages nr_swapcached
pgpromote_success""".split()
VMSTAT_EVENTS = ['nr_dirty_threshold', 'nr_dirty_background_threshold',
                 'pgpgin', 'pgpgout', 'pswpin', 'pswpout'] + [
    '%s_%s' % (e, z) for e in ('pgalloc', 'allocstall', 'pgskip')
    for z in ('dma32', 'normal', 'movable')] + """pgfree pgactivate
pgdeactivate pglazyfree pgfault pgmajfault pglazyfreed pgrefill pgreuse
pgsteal_kswapd pgsteal_direct pgdemote_kswapd pgdemote_direct pgscan_kswapd
pgscan_direct pgscan_direct_throttle pgscan_anon pgscan_file pgsteal_anon
pgsteal_file zone_reclaim_failed pginodesteal slabs_scanned
kswapd_inodesteal kswapd_low_wmark_hit_quickly
kswapd_high_wmark_hit_quickly pageoutrun pgrotated drop_pagecache drop_slab
oom_kill numa_pte_updates numa_huge_pte_updates numa_hint_faults
numa_hint_faults_local numa_pages_migrated pgmigrate_success pgmigrate_fail
thp_migration_success thp_migration_fail thp_migration_split
compact_migrate_scanned compact_free_scanned compact_isolated compact_stall
compact_fail compact_success compact_daemon_wake
compact_daemon_migrate_scanned compact_daemon_free_scanned
htlb_buddy_alloc_success htlb_buddy_alloc_fail cma_alloc_success
cma_alloc_fail unevictable_pgs_culled unevictable_pgs_scanned
unevictable_pgs_rescued unevictable_pgs_mlocked unevictable_pgs_munlocked
unevictable_pgs_cleared unevictable_pgs_stranded thp_fault_alloc
thp_fault_fallback thp_fault_fallback_charge thp_collapse_alloc
thp_collapse_alloc_failed thp_file_alloc thp_file_fallback
thp_file_fallback_charge thp_file_mapped thp_split_page
thp_split_page_failed thp_deferred_split_page thp_split_pmd
thp_scan_exceed_none_pte thp_scan_exceed_swap_pte thp_scan_exceed_share_pte
thp_zero_page_alloc thp_zero_page_alloc_failed thp_swpout
thp_swpout_fallback balloon_inflate balloon_deflate balloon_migrate swap_ra
swap_ra_hit ksm_swpin_copy cow_ksm nr_unstable""".split()
VMSTAT_NAMES = VMSTAT_ZONE + VMSTAT_NUMA + VMSTAT_NODE + VMSTAT_EVENTS
MEMINFO_LABELS = """MemTotal MemFree MemAvailable Buffers Cached SwapCached
Active Inactive Active(anon) Inactive(anon) Active(file) Inactive(file)
Unevictable Mlocked SwapTotal SwapFree Dirty Writeback AnonPages Mapped Shmem
KReclaimable Slab SReclaimable SUnreclaim KernelStack PageTables NFS_Unstable
Bounce WritebackTmp CommitLimit Committed_AS VmallocTotal VmallocUsed
VmallocChunk Percpu HardwareCorrupted AnonHugePages ShmemHugePages
ShmemPmdMapped FileHugePages FilePmdMapped CmaTotal CmaFree HugePages_Total
HugePages_Free HugePages_Rsvd HugePages_Surp Hugepagesize Hugetlb""".split()
STATS_CMDS = ['vmstat', 'meminfo', 'zoneinfo', 'exec /bin/hello a b',
              'vmstat', 'poweroff']


def vmstat_values(text):
    """[(name, value)] of a /proc/vmstat text."""
    pairs = [line.split() for line in text.split('\n')]
    return [(p[0], int(p[1])) for p in pairs if len(p) == 2 and
            p[1].isdigit()]


def stat_threshold(managed, cpus):
    """Linux's calculate_normal_threshold(): by CPUs and 128 MB units."""
    return min(125, 2 * cpus.bit_length() *
               (1 + (managed >> (27 - 12)).bit_length()))


def zoneinfo_zones(text):
    """[(zone name, [its lines])] of a zoneinfo text."""
    zones = []
    for line in text.split('\n'):
        m = re.match(r'^Node \d+, zone\s+(\S+)$', line)
        if m:
            zones.append((m.group(1), []))
        elif zones:
            zones[-1][1].append(line)
    return zones


def check_zoneinfo_stats(job, text, cpus):
    """Per-node names once, in Linux's order; per populated zone the zone
    and NUMA counters and Linux's stat threshold for its size."""
    zones = zoneinfo_zones(text)
    first = zones[0][1] if zones else []
    node = [l.split()[0] for l in first[1:1 + len(VMSTAT_NODE)]]
    job.add('stats.zoneinfo_node_names', node == VMSTAT_NODE, node)
    for name, lines in zones:
        managed = [int(l.split()[1]) for l in lines
                   if l.split()[:1] == ['managed']]
        if not managed or not managed[0]:
            continue
        names = [l.split()[0] for l in lines if len(l.split()) == 2 and
                 l.split()[0] in VMSTAT_ZONE + VMSTAT_NUMA]
        want = stat_threshold(managed[0], cpus)
        got = [l for l in lines if 'vm stats threshold' in l]
        job.add('stats.zoneinfo_%s_counters' % name,
                names == VMSTAT_ZONE + VMSTAT_NUMA, names)
        job.add('stats.zoneinfo_%s_threshold' % name, bool(got) and all(
            l.split()[-1] == str(want) for l in got),
            ['want %d for %d managed pages, %d CPUs' %
             (want, managed[0], cpus)] + got)


def check_procps_vmstat(job, vmstat, meminfo):
    """procps' vmstat -s reads both texts, where tools/with-proc.sh can
    have a mount namespace (root, or user namespaces allowed)."""
    if os.getuid() != 0 and subprocess.call(
            ['unshare', '-rm', 'true'], stderr=subprocess.DEVNULL):
        return
    paths = [os.path.join(BUILD, 'stats.' + n) for n in ('vmstat', 'meminfo')]
    for path, text in zip(paths, (vmstat, meminfo)):
        with open(path, 'w') as f:
            f.write(text + '\n')
    tool = os.path.join(ROOT, 'tools', 'with-proc.sh')
    r = subprocess.run([tool, paths[1], 'meminfo', tool, paths[0], 'vmstat',
                        'vmstat', '-s'], capture_output=True, text=True)
    total = meminfo_kb(meminfo, 'MemTotal')
    pgpgin = dict(vmstat_values(vmstat)).get('pgpgin')
    job.add('stats.procps_vmstat_s', r.returncode == 0 and
            '%s K total memory' % total in r.stdout and
            '%s K paged in' % pgpgin in r.stdout,
            (r.stdout + r.stderr).split('\n')[:TAIL])


def run_shell_stats(args):
    """vmstat, zoneinfo and meminfo line for line as Linux v5.19 arm64's,
    and counters that move when a program runs."""
    cfg = Config(MEMS[1], CPUS[1], ELS[0])
    job = Job('shell-stats')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    text, rc, timed_out = shell_session('shell-stats', cfg, STATS_CMDS, args)
    outs = split_shell(text, STATS_CMDS)
    before, after = dict(vmstat_values(outs[0])), dict(vmstat_values(outs[4]))
    names = [n for n, _ in vmstat_values(outs[0])]
    diff = [i for i, (a, b) in enumerate(zip(names, VMSTAT_NAMES)) if a != b]
    job.add('stats.vmstat_names', names == VMSTAT_NAMES,
            ['first difference at line %d' % (diff[0] + 1 if diff else
                                              min(len(names),
                                                  len(VMSTAT_NAMES)) + 1)] +
            names)
    labels = re.findall(r'^([\w()]+):', outs[1], re.M)
    job.add('stats.meminfo_labels', labels == MEMINFO_LABELS, labels)
    check_zoneinfo_stats(job, outs[2], cfg.smp)
    still = [n for n in ('pgfault', 'pgalloc_dma32', 'pgfree', 'numa_hit',
                         'numa_local') if after.get(n, 0) <= before.get(n, 0)]
    job.add('stats.vmstat_counts_a_program', not still,
            ['did not grow: %s' % ' '.join(still)])
    check_procps_vmstat(job, outs[0], outs[1])
    job.add('stats.poweroff', rc == 0 and not timed_out, tail(text))
    return job


# One boot from a clean kernel, so every taint string is exact.
TAINTED = 'sysctl kernel.tainted'
OOPS_CMDS = [TAINTED, 'lkdtm WARNING', TAINTED, 'lkdtm EXCEPTION', TAINTED,
             'lkdtm WARNING', TAINTED + '=0x80040', TAINTED + '=oops',
             TAINTED, 'slabinfo', 'poweroff']
TAINT_W = 'Tainted: G        W        '
TAINT_DW = 'Tainted: G      D W        '


def run_shell_oops(args):
    """Taint after a WARN and an oops in shell commands, and the shell
    still working after them."""
    job = Job('shell-oops')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    text, rc, timed_out = shell_session(
        'shell-oops', Config(MEMS[1], CPUS[1], ELS[0]), OOPS_CMDS, args)
    outs = split_shell(text, OOPS_CMDS)
    banner = 'CPU: 0 PID: 1 Comm: lkdtm %s 5.19.0-tinymm #1'
    checks = [
        ('taint_clean_at_boot', 0, lambda o: o == 'kernel.tainted = 0'),
        ('warn_banner_not_tainted', 1, lambda o: banner % 'Not tainted' in o),
        ('taint_after_warn_512', 2, lambda o: o == 'kernel.tainted = 512'),
        ('oops_banner_shows_W', 3, lambda o: banner % TAINT_W in o and
         'Disabling lock debugging due to kernel taint' in o and
         'lkdtm: killed by an oops' in o),
        ('taint_after_oops_640', 4, lambda o: o == 'kernel.tainted = 640'),
        ('warn_banner_shows_D_W', 5, lambda o: banner % TAINT_DW in o),
        ('tainted_refuses_garbage', 7, lambda o: o == 'sysctl: setting key '
         '"kernel.tainted": Invalid argument'),
        # 0x80040: TAINT_USER (64) added, bit 19 (no flag) ignored
        ('tainted_adds_user_704', 8, lambda o: o == 'kernel.tainted = 704'),
        ('slabinfo_after_oops', 9, lambda o: 'slabinfo - version: 2.1' in o),
    ]
    for name, i, check in checks:
        job.add('shell.' + name, bool(check(outs[i])),
                ['output of "%s":' % OOPS_CMDS[i]] +
                outs[i].split('\n')[-TAIL:])
    job.add('shell.oops_poweroff', rc == 0 and not timed_out,
            ['QEMU exit status %s' % ('(killed after timeout)' if timed_out
                                      else rc)] + tail(text))
    return job


def buddyinfo_free(text):
    """{zone: free pages} from buddyinfo: nr_free of each order << order."""
    free = {}
    for m in re.finditer(r'^Node (\d+), zone\s+(\S+)((?:\s+\d+)+)\s*$',
                         strip_all(text), re.M):
        free[m.group(2)] = sum(int(n) << o for o, n in
                               enumerate(m.group(3).split()))
    return free


def blocks_by_type(text):
    """{zone: [count per type]} from pagetypeinfo's "Number of blocks"."""
    counts, on = {}, False
    for line in strip_all(text).split('\n'):
        if line.startswith('Number of blocks type'):
            on = True
        elif on and line.startswith('Node '):
            f = line.split()
            counts[f[3]] = [int(n) for n in f[4:]]
    return counts


def memblock_reserved(text):
    """[(base, end)] of memblock.reserved from a memblock dump."""
    return [(int(a, 16), int(b, 16) + 1) for a, b in re.findall(
        r'reserved\[0x[0-9a-f]+\]\s+\[(0x[0-9a-f]+)-(0x[0-9a-f]+)\]', text)]


def check_pageblocks(job, outs, cfg):
    """The shell's pageblocks against the commands typed just before it
    and the memblock dump: each number of the text has a second source."""
    text = outs['pageblocks']
    try:
        table = memmap.parse(text)
    except memmap.ParseError as e:
        job.add('shell.pageblocks_parses', False,
                [str(e)] + text.split('\n')[:TAIL])
        return
    blocks, per = table.blocks, table.pages
    first = 0x40000000 >> 12            # QEMU virt: RAM from 1 GiB
    want = [first + i * per for i in range(cfg.mem_bytes >> 12 >> 9)]
    job.add('shell.pageblocks_one_line_per_pageblock',
            [b.pfn for b in blocks] == want and table.order == 9 and
            all((b.node, b.zone) == (0, 'DMA32') for b in blocks),
            ['%d lines, want %d from pfn %#x; first: %r' % (
                len(blocks), len(want), first, blocks[:3])])
    # free pages: buddyinfo, typed just before
    free = dict((z, sum(b.free for b in blocks if b.zone == z))
                for z in set(b.zone for b in blocks))
    # and no pageblock holds more pages than it has
    over = [b for b in blocks if b.free + b.rsvd > per]
    job.add('shell.pageblocks_free_matches_buddyinfo',
            free == buddyinfo_free(outs['buddyinfo']) and not over,
            ['pageblocks: %r' % free, 'buddyinfo: %r' %
             buddyinfo_free(outs['buddyinfo']),
             'more free and reserved pages than a pageblock has: %r' %
             over[:5]])
    # migrate types: pagetypeinfo's block counts
    types = dict((z, [sum(b.zone == z and b.mt == t for b in blocks)
                      for t in memmap.MIGRATE_TYPES]) for z in free)
    job.add('shell.pageblocks_types_match_pagetypeinfo',
            types == blocks_by_type(outs['pagetypeinfo']),
            ['pageblocks: %r' % types, 'pagetypeinfo: %r' %
             blocks_by_type(outs['pagetypeinfo'])])
    # reserved pages: present - managed of the zones table
    zones = dict((m.group(1), int(m.group(2)) - int(m.group(3)))
                 for m in re.finditer(r'^\s*\d+ (\S+)\s+\d+\s+\d+\s+(\d+)'
                                      r'\s+(\d+)\s', strip_all(outs['zones']),
                                      re.M))
    rsvd = dict((z, sum(b.rsvd for b in blocks if b.zone == z)) for z in free)
    job.add('shell.pageblocks_reserved_matches_zones', rsvd == zones,
            ['pageblocks rsvd: %r' % rsvd, 'zones present - managed: %r' %
             zones])
    # what memblock.reserved holds: [0] the image (2 MB into RAM),
    # [1] the DTB, [2:] at the top: the per-CPU units, mem_map, page
    # tables and bitmaps (one region or several, as alignment leaves them)
    regions = memblock_reserved(outs['memblock'])
    pfns = [set(range(b >> 12, (e + 4095) >> 12)) for b, e in regions]

    def blocks_of(i):
        top = set().union(*pfns[i:]) if i == 2 else pfns[i]
        return set(b.pfn for b in blocks
                   if any(b.pfn <= p < b.pfn + per for p in top))

    def flagged(f):
        return set(b.pfn for b in blocks if f in b.flags)
    every = set().union(*pfns) if pfns else set()
    wrong = [b for b in blocks if b.rsvd != sum(
        b.pfn <= p < b.pfn + per for p in every)]
    ok = len(regions) >= 3 and not wrong and \
        flagged('K') == blocks_of(0) and flagged('D') == blocks_of(1) and \
        flagged('M') and flagged('M') <= blocks_of(2) and \
        flagged('R') <= blocks_of(2) and not flagged('H') and \
        all(b.flags == '-----' for b in blocks if not b.rsvd)
    job.add('shell.pageblocks_flags_match_memblock', ok,
            ['memblock.reserved: %r' % [(hex(b), hex(e)) for b, e in regions],
             'K %r D %r M %r R %r' % tuple(sorted(hex(p) for p in flagged(f))
                                           for f in 'KDMR'),
             'rsvd differs from memblock in: %r' % wrong[:5]])


def read_png(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA
    PNG, decoded here with zlib alone, so the check does not trust the
    library that drew it."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, width = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            width, height, depth, ctype, _, _, interlace = \
                struct.unpack('>IIBBBBB', body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise ValueError('PNG type %d/%d not read here' % (depth,
                                                                 ctype))
            bpp = 4 if ctype == 6 else 3
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xff
            elif kind == 2:
                line[x] = (line[x] + b) & 0xff
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xff
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pred) & 0xff
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, bpp)])
        prev = line
    return width, height, rows


def check_memmap_png(job, text):
    """tools/memmap.py draws the shell's pageblocks: the PNG has the size
    the table calls for, and each plain cell the colour of its type and
    free share, and each marked one its hatching as well."""
    png = os.path.join(LOGS, 'memmap-shell.png')
    cells_json = os.path.join(LOGS, 'memmap-shell.json')
    txt = os.path.join(LOGS, 'memmap-shell.txt')
    for path in (png, cells_json):
        if os.path.exists(path):
            os.remove(path)
    with open(txt, 'w') as f:
        f.write(text)
    p = subprocess.run([sys.executable, os.path.join(ROOT, 'tools',
                                                     'memmap.py'),
                        txt, '-o', png, '--cells', cells_json],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.stdout.decode('utf-8', 'replace').split('\n')
    if p.returncode or not os.path.exists(png):
        job.add('shell.memmap_png_drawn', False, out[-TAIL:])
        return
    try:
        table = memmap.parse(text)
        width, height, rows = read_png(png)
        cells = json.load(open(cells_json))
    except (ValueError, OSError, memmap.ParseError, zlib.error) as e:
        job.add('shell.memmap_png_drawn', False, [str(e)] + out[-TAIL:])
        return
    cols, nrows, cell, want_w, want_h = memmap.geometry(table)
    job.add('shell.memmap_png_size', (cols, nrows) == (32, 16) and
            (width, height) == (want_w, want_h),
            ['%dx%d pixels, want %dx%d (%d x %d cells)' % (
                width, height, want_w, want_h, cols, nrows)])
    by_pfn = dict((b.pfn, b) for b in table.blocks)
    first = table.blocks[0].pfn
    bad, seen = [], set()
    for c in cells:
        b = by_pfn.get(c['pfn'])
        if not b:
            bad.append('cell %r: no such pageblock' % c)
            continue
        want = memmap.to_rgb8(memmap.cell_colour(b.mt, b.free / table.pages))
        # where the layout puts this pfn: row by row from the top left
        r, col = divmod((b.pfn - first) // table.pages, cols)
        x = memmap.LEFT_PX + col * cell + cell // 2
        y = memmap.TOP_PX + r * cell + cell // 2
        half = cell // 2 - 2
        if not (half <= x < width - half and half <= y < height - half):
            bad.append('pfn %#x: cell (%d, %d) off the picture' % (b.pfn, x,
                                                                 y))
            continue
        if abs(c['x'] - x) > 1 or abs(c['y'] - y) > 1 or c['rgb'] != want:
            bad.append('pfn %#x: drawn at (%d, %d) in %r, want (%d, %d) in '
                       '%r' % (b.pfn, c['x'], c['y'], c['rgb'], x, y, want))
        if b.flags == '-----':
            got = rows[y][x]
            if any(abs(g - w) > 2 for g, w in zip(got, want)):
                bad.append('pfn %#x (%s, %d free): pixel %r, want %r' % (
                    b.pfn, b.mt, b.free, got, want))
            seen.add(b.mt)
        else:
            box = [rows[j][i] for j in range(y - half, y + half + 1)
                   for i in range(x - half, x + half + 1)]
            near = sum(all(abs(g - w) <= 2 for g, w in zip(px, want))
                       for px in box)
            far = sum(sum(abs(g - w) for g, w in zip(px, want)) > 150
                      for px in box)
            if not (near and far):
                bad.append('pfn %#x (%s): no fill or no hatching in its cell'
                           % (b.pfn, b.flags))
    job.add('shell.memmap_png_cells_match_text',
            not bad and len(cells) == len(table.blocks) and
            {'Movable', 'Unmovable'} <= seen,
            bad[:TAIL] + ['%d cells for %d pageblocks; plain cells checked '
                          'of types %r' % (len(cells), len(table.blocks),
                                           sorted(seen))])


# ------------------------------------------------------------ the terminal

TTY_APPEND = 'panic=-1 tinymm.ttytest=1'
ESC_SEQ = re.compile(r'\x1b\[[0-9;]*[A-Za-z]')
SPIN_LINE = re.compile(r'^spin: pid (\d+), process group (\d+): spinning',
                       re.M)


class Keys:
    """Bytes typed as they are (a terminal sends \\r for Enter), once
    `after` holds for the console output since the previous keys were
    typed: a regex, a function of (that text, the whole log), or by
    default "a new prompt appeared"; then `pause` seconds more. keys may
    be a function of the whole log."""

    def __init__(self, keys, after=None, pause=0.0):
        self.keys, self.after, self.pause = keys, after, pause

    def ready(self, since, log):
        if self.after is None:
            return PROMPT in since
        if callable(self.after):
            return self.after(since, log)
        return re.compile(self.after, re.M).search(strip_all(since)) \
            is not None


def drive_keys(p, logname, steps, timeout):
    """Type each step when it is ready. Returns (exit status, timed out,
    the log offset at which each step was typed)."""
    deadline = time.time() + timeout
    marks = []
    pos = 0
    while len(marks) < len(steps) and p.poll() is None and \
            time.time() < deadline:
        log = read_log(logname)
        step = steps[len(marks)]
        if not step.ready(log[pos:], log):
            time.sleep(0.05)
            continue
        time.sleep(step.pause)
        log = read_log(logname)
        pos = len(log)
        keys = step.keys(log) if callable(step.keys) else step.keys
        try:
            p.stdin.write(keys.encode('latin-1'))
            p.stdin.flush()
        except BrokenPipeError:
            break
        marks.append(pos)
    try:
        p.stdin.close()
    except BrokenPipeError:
        pass
    rc, timed_out = wait(p, max(1, deadline - time.time()))
    return rc, timed_out, marks


def render(text):
    """What a terminal shows, line by line (timestamps dropped): \\b and
    ESC [ n D move the cursor left, ESC [ n C right, ESC [ K erases to
    the end of the line, a character overwrites the one under the
    cursor; trailing blanks are dropped."""
    out = []
    for line in strip_all(text).split('\n'):
        cells, col, i = [], 0, 0
        while i < len(line):
            m = ESC_SEQ.match(line, i)
            if m:
                seq = m.group(0)
                n = int(seq[2:-1] or 1) if seq[2:-1].isdigit() else 1
                if seq[-1] == 'D':
                    col = max(0, col - n)
                elif seq[-1] == 'C':
                    col += n
                elif seq[-1] == 'K':
                    del cells[col:]
                i = m.end()
                continue
            c = line[i]
            i += 1
            if c == '\b':
                col = max(0, col - 1)
                continue
            cells += [' '] * (col + 1 - len(cells))
            cells[col] = c
            col += 1
        out.append(''.join(cells).rstrip())
    return '\n'.join(out)


def bg_spin_pid(log):
    m = re.search(r'^exec: /bin/spin started as pid (\d+)$', strip_all(log),
                  re.M)
    return m.group(1) if m else 'none'


def tty_steps():
    """(name, keys) for run_tty, in order; run_tty checks each output."""
    def fg_spin(since, log):
        # the foreground spin's line, not the background one's
        return any(m.group(1) != bg_spin_pid(log)
                   for m in SPIN_LINE.finditer(strip_all(since)))
    return [
        ('spin', Keys('exec /bin/spin\r')),
        ('spin ^C', Keys('\x03', after=SPIN_LINE.pattern)),
        ('cat', Keys('exec /bin/cat\r')),
        ('cat line', Keys('first line\r', after=r'exec /bin/cat$',
                          pause=0.3)),
        ('cat erase', Keys('abX\x7fc\r', after=r'^first line$')),
        ('cat ^D', Keys('\x04', after=r'^abc$')),
        ('cat again', Keys('exec /bin/cat\r')),
        ('cat blocked', Keys('x\r', after=r'exec /bin/cat$', pause=0.3)),
        ('cat ^C', Keys('\x03', after=r'^x$', pause=0.3)),
        ('prompt ^C', Keys('garbage\x03')),
        ('arrows', Keys('bootrgs' + '\x1b[D' * 3 + 'a\r')),
        ('history', Keys('\x1b[A\r')),
        ('home delete', Keys('Xuptime\x1b[H\x1b[3~\r')),
        ('bg spin', Keys('exec /bin/spin &\r')),
        ('fg spin', Keys('exec /bin/spin\r')),
        ('fg spin ^C', Keys('\x03', after=fg_spin)),
        ('ps', Keys('ps\r')),
        ('kill bg', Keys(lambda log: 'kill %s 2\r' % bg_spin_pid(log))),
        ('wait', Keys('wait\r')),
        ('interrupts', Keys('interrupts\r')),
        ('poweroff', Keys('poweroff\r')),
    ]


def run_tty(args):
    """The terminal as a person uses it: see tty_steps() and the checks."""
    cfg = Config(('1G', 1 << 30), CPUS[1], ELS[0])
    job = Job('tty')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    named = tty_steps()
    names = [n for n, _ in named]
    p = start_qemu(cfg, TTY_APPEND, 'tty', stdin=True)
    rc, timed_out, marks = drive_keys(p, 'tty', [k for _, k in named],
                                      args.timeout)
    text = read_log('tty')
    bounds = marks + [len(text)] * (len(names) + 1 - len(marks))
    outs = dict((n, text[bounds[i]:bounds[i + 1]])
                for i, n in enumerate(names))
    shown = dict((n, render(o)) for n, o in outs.items())
    bg = bg_spin_pid(text)
    job.add('tty.all_keys_typed', len(marks) == len(names),
            ['typed %d of %d steps; stuck before %r' %
             (len(marks), len(names), names[len(marks)]
              if len(marks) < len(names) else None)] + tail(render(text)))

    def check(name, ok, what):
        job.add('tty.' + name, bool(ok), ['output of step %r:' % what] +
                shown[what].split('\n')[-TAIL:])

    def line(regex, what):
        return re.search(regex, shown[what], re.M)
    spin = SPIN_LINE.search(strip_all(outs['spin']))
    check('program_gets_a_process_group_of_its_own',
          spin and spin.group(1) == spin.group(2), 'spin')
    check('ctrl_c_kills_a_spinning_program',
          line(r'^\^C\nexec: /bin/spin killed by signal 2\ntinymm>$',
               'spin ^C'), 'spin ^C')
    check('cooked_mode_echoes_and_reads_a_line',
          shown['cat line'].count('first line\n') == 2, 'cat line')
    check('cooked_mode_erase', line(r'^abc\nabc$', 'cat erase') and
          'abX' not in shown['cat erase'], 'cat erase')
    check('ctrl_d_is_end_of_file',
          line(r'^exec: /bin/cat exited with status 0$', 'cat ^D'), 'cat ^D')
    check('ctrl_c_kills_a_program_blocked_in_read',
          line(r'^\^C\nexec: /bin/cat killed by signal 2\ntinymm>$',
               'cat ^C'), 'cat ^C')
    check('ctrl_c_clears_the_line_at_the_prompt',
          line(r'^garbage\^C\ntinymm>$', 'prompt ^C') and
          'garbage: command not found' not in render(text), 'prompt ^C')
    check('arrow_keys_edit_the_line',
          line(r'^bootargs\n%s$' % re.escape(TTY_APPEND), 'arrows') and
          'not found' not in shown['arrows'], 'arrows')
    check('up_arrow_recalls_the_last_line',
          line(r'^bootargs\n%s$' % re.escape(TTY_APPEND), 'history') and
          'not found' not in shown['history'], 'history')
    check('home_and_delete_keys',
          line(r'^uptime\n\d+\.\d+\njiffies ', 'home delete'),
          'home delete')
    check('ctrl_c_reaches_only_the_foreground_job',
          line(r'^\^C\nexec: /bin/spin killed by signal 2$', 'fg spin ^C') and
          line(r'^\s*%s\s+1\s+R\s.*\sspin$' % bg, 'ps'), 'ps')
    check('wait_reports_a_background_childs_signal',
          line(r'^wait: pid %s killed by signal 2$' % bg, 'wait'), 'wait')
    # the keys came by interrupt, not by polling the UART
    uart = line(r'^\s*\d+:\s+(\d+)\s+GICv\d\s+\d+ Level\s+uart-pl011$',
                'interrupts')
    check('input_arrives_by_interrupt', uart and int(uart.group(1)) > 0,
          'interrupts')
    job.add('tty.poweroff_exits_0', rc == 0 and not timed_out,
            ['QEMU exit status %s' % ('(killed after timeout)' if timed_out
                                      else rc)] + tail(render(text)))
    crashes = [l for l in text.split('\n') if ktap.CRASH.search(l)]
    job.add('tty.no_crash', not crashes, crashes)
    return job


def run_ktest_nosuch(args):
    """ktest= naming no suite or case: a warning (at KERN_WARNING: the boot
    prints only levels below 5, and it must show while the KERN_INFO
    "ktest: running" line doesn't) and exit status 1, not a silent pass."""
    cfg = Config(('1G', 1 << 30), CPUS[1], ELS[0])
    job = Job('ktest-nosuch')
    if not need_file(job, IMAGE, 'run make all'):
        return job
    p = start_qemu(cfg, 'ktest=nosuch ktest.exit=1 loglevel=5 panic=-1',
                   'ktest-nosuch')
    rc, timed_out = wait(p, args.timeout)
    text = strip_all(read_log('ktest-nosuch'))
    job.add('ktest_nosuch.exit_status_1', rc == 1 and not timed_out,
            ['QEMU exit status %s, expected 1' %
             ('(killed after timeout)' if timed_out else rc)] + tail(text))
    warning = "kunit: no test suite or case matches 'nosuch'"
    job.add('ktest_nosuch.warning', warning in text and
            'ktest: running' not in text,
            ['expected %r at KERN_WARNING (shown with loglevel=5, where '
             'KERN_INFO lines are not)' % warning] + tail(text))
    return job


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def section(out, name):
    """Text printed between "gdbtest: <name>" and the next marker."""
    m = re.search(r'^gdbtest: %s\n(.*?)(?=^gdbtest: )' % re.escape(name),
                  out, re.S | re.M)
    return m.group(1) if m else ''


def gdb_mm_cmds():
    """What the runner types during the GDB boot (see tests/gdb/mm.gdb):
    the page command needs the pfn the alloc command printed."""
    def page_of_alloc(log):
        m = re.search(r'^id 0: pfn (0x[0-9a-f]+) order 4', strip_all(log), re.M)
        return 'page %s' % (m.group(1) if m else 'none')
    return ['buddyinfo', 'pagetypeinfo', 'zoneinfo', 'alloc 4', page_of_alloc,
            'free 0', 'buddyinfo', 'slabinfo', 'vmallocinfo'] + \
        gdb_proc_cmds() + ['pageblocks', 'poweroff']


def linear_address(log, pfn, offset=0):
    """The linear-map address of pfn: the boot log's "memory  : <va of the
    start of DRAM>" and memblock's first region give the offset."""
    lm = re.search(r'memory  : (0x[0-9a-f]+)', log)
    dram = re.search(r'memory\[0x0\]\s+\[(0x[0-9a-f]+)-', log)
    if not (lm and dram):
        return None
    return int(lm.group(1), 16) + (pfn << 12) - int(dram.group(1), 16) + offset


def gdb_proc_cmds():
    """What the runner types for tests/gdb/proc.gdb: pt of a kernel function,
    of the linear-map address of the page "alloc 4" got (a 1G or 2M block),
    and of an ioremap area from the vmallocinfo output (a device pte)."""
    def pt_linear(log):
        m = re.search(r'^id 0: pfn (0x[0-9a-f]+) order 4', strip_all(log), re.M)
        va = m and linear_address(log, int(m.group(1), 16), 0x5a8)
        return 'pt 0 %s' % (hex(va) if va else 'none')

    def pt_ioremap(log):
        m = re.search(r'^(0x[0-9a-f]{16})-0x[0-9a-f]{16}\s+\d+ .* ioremap$',
                      strip_all(log), re.M)
        return 'pt 0 %s' % (hex(int(m.group(1), 16) + 0x18) if m else 'none')
    return ['pt 0 start_kernel', pt_linear, pt_ioremap] + gdb_user_cmds()


SLEEP_STARTED = re.compile(r'^exec: /bin/sleep started as pid (\d+)$', re.M)
SLEEP_LINE = re.compile(r'sleep: pid (\d+), heap (0x[0-9a-f]+), mmap '
                        r'(0x[0-9a-f]+)', re.M)


def gdb_user_cmds():
    """A live process for proc.gdb: /bin/sleep in the background, looked at
    with ps, maps and pt while it sleeps, then killed and reaped."""
    def pid(log):
        m = SLEEP_STARTED.search(strip_all(log))
        return m.group(1) if m else 'none'

    def ps_once_running(log):
        # the background program runs when the shell idles: wait for it
        deadline = time.time() + 10
        while not SLEEP_LINE.search(strip_all(log)) and \
                SLEEP_STARTED.search(strip_all(log)) and \
                time.time() < deadline:
            time.sleep(0.05)
            log = read_log('gdb-qemu')
        return 'ps'

    def pt_heap(log):
        m = SLEEP_LINE.search(strip_all(log))
        return 'pt %s %s' % (pid(log), m.group(2) if m else 'none')
    return ['exec /bin/sleep 1000 &', ps_once_running,
            lambda log: 'maps ' + pid(log),
            lambda log: 'pt %s 0x400000' % pid(log), pt_heap,
            lambda log: 'kill ' + pid(log), 'wait']


def strip_all(text):
    """Console text without timestamps (also on empty printk lines, which
    ktap.strip_line leaves as "[    1.234567]") or trailing blanks."""
    return '\n'.join(re.sub(r'^\[\s*\d+\.\d+\]\s?', '', l).rstrip()
                     for l in text.replace('\r', '').split('\n'))


def same_text(job, name, gdb_text, kernel_text, what):
    """Case: the lx-* helper printed exactly the kernel command's lines."""
    got, want = strip_all(gdb_text).strip('\n'), strip_all(kernel_text).strip('\n')
    diff = [l for l in difflib.unified_diff(want.split('\n'), got.split('\n'),
                                            'kernel ' + what, 'gdb', lineterm='')]
    job.add(name, want and got == want,
            (diff or ['nothing printed'])[:TAIL])


def check_gdb_mm(job, out, console):
    """The cases of tests/gdb/mm.gdb: lx-* output against the shell's."""
    cmds = gdb_mm_cmds()
    outs = split_shell(console, cmds)
    job.add('gdb.mm_break_alloc_pages', re.search(
        r'^#0\s.*__alloc_pages \(.*order=4.*\) at \S+\.c:\d+',
        section(out, 'alloc-frame'), re.M), tail(out))
    for i, name in enumerate(('buddyinfo', 'pagetypeinfo', 'zoneinfo')):
        same_text(job, 'gdb.lx_%s_matches_kernel' % name,
                  section(out, 'lx-' + name), outs[i], name)
    same_text(job, 'gdb.lx_page_matches_kernel', section(out, 'lx-page'),
              outs[4], 'page')
    # page_to_pfn/pfn_to_page against the kernel's pfn and page pointer,
    # page_address/virt_to_page as a round trip through the linear map
    conv = section(out, 'conversions')
    pfn = re.search(r'^id 0: pfn (0x[0-9a-f]+)', outs[3], re.M)
    page = re.search(r'^page:([0-9a-f]{16}) ', strip_all(outs[4]), re.M)
    m = re.search(r'page_to_pfn\((0x[0-9a-f]+)\) = (0x[0-9a-f]+)\n'
                  r'pfn_to_page\((0x[0-9a-f]+)\) = (0x[0-9a-f]+)\n'
                  r'page_address\((0x[0-9a-f]+)\) = (0x[0-9a-f]+)\n'
                  r'virt_to_page\((0x[0-9a-f]+)\) = (0x[0-9a-f]+)', conv)
    # the linear map: "memory  : <va of DRAM start>" and memblock's start
    lm = re.search(r'memory  : (0x[0-9a-f]+)', console)
    dram = re.search(r'memory\[0x0\]\s+\[(0x[0-9a-f]+)-', console)
    ok = bool(m and pfn and page and lm and dram)
    if ok:
        v = [int(x, 16) for x in m.groups()]
        va = int(lm.group(1), 16) + (v[1] << 12) - int(dram.group(1), 16)
        ok = (v[0] == v[3] == v[4] == v[7] == int(page.group(1), 16) and
              v[1] == v[2] == int(pfn.group(1), 16) and v[5] == v[6] == va)
    job.add('gdb.lx_page_conversions', ok,
            ['kernel: %s, %s' % (pfn and pfn.group(0), page and page.group(0))]
            + conv.split('\n'))
    # an order-4 block bypasses the per-CPU lists, and merging it back
    # restores every free_area count
    job.add('gdb.free_restores_buddyinfo',
            outs[0] and strip_all(outs[6]) == strip_all(outs[0]),
            ['before alloc:'] + outs[0].split('\n') + ['after free:'] +
            outs[6].split('\n'))
    # tests/gdb/slab.gdb: stopped at vmallocinfo_show's entry, right
    # after the shell's slabinfo and right before its vmallocinfo
    same_text(job, 'gdb.lx_slabinfo_matches_kernel',
              section(out, 'lx-slabinfo'), outs[7], 'slabinfo')
    same_text(job, 'gdb.lx_vmallocinfo_matches_kernel',
              section(out, 'lx-vmallocinfo'), outs[8], 'vmallocinfo')
    check_gdb_proc(job, out, console, outs[9:12])
    check_gdb_user(job, out, console, outs[12:19])
    # tests/gdb/memmap.gdb: stopped at cmd_pageblocks' entry
    same_text(job, 'gdb.lx_pageblocks_matches_kernel',
              section(out, 'lx-pageblocks'), outs[cmds.index('pageblocks')],
              'pageblocks')


# PID PPID S RSS VSZ MINFLT PSR COMMAND; the command is group 7
PS_LINE = re.compile(r'^\s*(\d+)\s+(\d+)\s+([RSDTtXZPI])\s+(\d+)\s+(\d+)'
                     r'\s+(\d+)\s+(?:\d+)\s+(\S+)$', re.M)
# ps -L: PID LWP PPID NLWP S RSS VSZ MINFLT PSR COMMAND
PS_L_LINE = re.compile(r'^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[RSDTtXZPI]'
                       r'\s+\d+\s+\d+\s+\d+\s+\d+\s+(\S+)$', re.M)


def ps_shows_threads(out):
    """ps -L while `threads sleep` runs: init alone in its group (LWP =
    PID), the program's two threads with one PID, two LWPs, NLWP 2."""
    rows = [tuple(m.groups()) for m in PS_L_LINE.finditer(strip_all(out))]
    init = [r for r in rows if r[4] == 'init']
    threads = [r for r in rows if r[4] == 'threads']
    return (init == [('1', '1', '0', '1', 'init')] and len(threads) == 2 and
            threads[0][0] == threads[1][0] and
            threads[0][1] != threads[1][1] and
            {threads[0][0], threads[0][1]} == {threads[0][0]} and
            all(r[3] == '2' for r in threads))


def check_gdb_user(job, out, console, outs):
    """tests/gdb/proc.gdb's second half: lx-ps, lx-maps and translate-vm
    against ps, maps and pt of a sleeping /bin/sleep."""
    exec_out, ps, maps, pt_text, pt_heap, kill, wait = outs
    started = SLEEP_STARTED.search(strip_all(exec_out))
    if started and not SLEEP_LINE.search(strip_all(console)):
        # exec & returns before the child execs: a missing program or a
        # shell that never lets it run shows only as this silence
        job.add('gdb.user_process', None, [
            '/bin/sleep never ran: is it built (tests/user/sleep.c), and does '
            'the idle shell schedule() background tasks (tinymm/shell/shell.c)?'],
            status=ktap.SKIP)
        return
    pid = int(started.group(1)) if started else -1
    tasks = dict((int(m.group(1)), m.group(7))
                 for m in PS_LINE.finditer(strip_all(ps)))
    job.add('shell.ps_shows_sleep', tasks.get(pid) == 'sleep',
            ['pid %d not listed as sleep by ps:' % pid] + ps.split('\n'))
    gps = dict((int(m.group(2)), m.group(3)) for m in re.finditer(
        r'^0x([0-9a-f]+) (\d+) (\S+)$', section(out, 'lx-ps'), re.M))
    job.add('gdb.lx_ps_matches_ps',
            gps.get(0) == 'swapper/0' and gps.get(pid) == 'sleep' and
            set(gps) - {0} == set(tasks),
            ['ps: %r' % sorted(tasks.items()), 'lx-ps: %r' %
             sorted(gps.items())])
    names = [l.split()[-1] for l in strip_all(maps).split('\n') if l]
    job.add('shell.maps_names_vmas',
            names[:1] == ['/bin/sleep'] and '[heap]' in names and
            names[-1:] == ['[stack]'], maps.split('\n'))
    same_text(job, 'gdb.lx_maps_matches_maps', section(out, 'lx-maps'), maps,
              'maps')
    for name, kernel in (('text', pt_text), ('heap', pt_heap)):
        khead, klines = pt_parts(kernel, 'pt: ')
        ghead, glines = pt_parts(section(out, 'translate-vm-user-' + name),
                                 '')
        diff = list(difflib.unified_diff(klines, glines, 'kernel pt',
                                         'translate-vm', lineterm=''))
        job.add('gdb.translate_vm_user_%s_matches_pt' % name,
                khead and khead == ghead and klines == glines and
                any(l.startswith('pte: ') and ' nG' in l for l in klines) and
                klines[-1].startswith('=> pa '),
                ['kernel: %s' % khead, 'gdb:    %s' % ghead] +
                (diff or kernel.split('\n'))[:TAIL])
    cur = re.search(r'^gdbtest: current=(\d+) (\S+)$', out, re.M)
    job.add('gdb.lx_current_is_the_shell', cur and cur.group(2) == 'pt' and
            int(cur.group(1)) not in (0, pid),
            ['$lx_current() at the pt stop: %s' % (cur and cur.group(0))])
    job.add('shell.kill_then_wait',
            re.search(r'^wait: pid %d killed by signal 15$' % pid,
                      strip_all(wait), re.M),
            ['kill: ' + kill, 'wait: ' + wait])


def pt_parts(text, prefix):
    """A walk as (header without prefix, the level lines and the result)."""
    lines = [l for l in strip_all(text).strip('\n').split('\n') if l]
    if not lines or not lines[0].startswith(prefix):
        return None, lines
    return lines[0][len(prefix):], lines[1:]


def check_gdb_proc(job, out, console, pts):
    """tests/gdb/proc.gdb: translate-vm against the shell's pt 0 <addr>."""
    walks = {}
    for name, kernel in zip(('text', 'linear', 'vmalloc'), pts):
        gdb_text = section(out, 'translate-vm-' + name)
        khead, klines = pt_parts(kernel, 'pt: ')
        ghead, glines = pt_parts(gdb_text.split('gdbtest: ')[0], '')
        diff = list(difflib.unified_diff(klines, glines, 'kernel pt',
                                         'translate-vm', lineterm=''))
        job.add('gdb.translate_vm_%s_matches_pt' % name,
                khead and khead == ghead and klines and klines == glines and
                klines[-1].startswith('=> pa '),
                ['kernel: %s' % khead, 'gdb:    %s' % ghead] +
                (diff or kernel.split('\n'))[:TAIL])
        walks[name] = klines
    # the kernel image: pa = va - kimage_voffset (__pa_symbol)
    m = re.search(r'^gdbtest: pa_symbol=(0x[0-9a-f]+)', out, re.M)
    pa = re.search(r'^=> pa (0x[0-9a-f]+)$', '\n'.join(walks['text']), re.M)
    job.add('gdb.pt_text_is_pa_symbol',
            m and pa and int(m.group(1), 16) == int(pa.group(1), 16),
            ['__pa_symbol(start_kernel) %s, pt says %s' %
             (m and m.group(1), pa and pa.group(1))])
    # the linear map: a block (1G or 2M) ending at the page alloc 4 got
    pfn = re.search(r'^id 0: pfn (0x[0-9a-f]+) order 4', strip_all(console),
                    re.M)
    want = pfn and '=> pa 0x%016x' % ((int(pfn.group(1), 16) << 12) + 0x5a8)
    job.add('gdb.pt_linear_map_is_the_page',
            want and walks['linear'][-1:] == [want] and
            any('valid block(' in l for l in walks['linear']),
            ['want %s' % want] + walks['linear'])
    # ioremap: a pte with the device memory type, never executable
    job.add('gdb.pt_ioremap_is_device',
            any(l.startswith('pte: ') and 'AttrIndx=4(Device_nGnRE)' in l and
                ' PXN UXN' in l for l in walks['vmalloc']), walks['vmalloc'])


def gdb_session(cfg, logname, cmds, script, timeout):
    """One GDB session: QEMU -S -gdb on a free port; gdb-multiarch -batch
    with the lx-* helpers runs `script` while the shell is typed `cmds`
    (each as its prompt appears). Returns (GDB's output, GDB timed out,
    QEMU's exit status, QEMU timed out, console log)."""
    port = free_port()
    qemu = start_qemu(cfg, SHELL_APPEND, logname, stdin=True,
                      extra=['-S', '-gdb', 'tcp:127.0.0.1:%d' % port])
    # The shell is driven while GDB runs (the scripts stop in commands
    # the runner types); after GDB detaches the rest is typed.
    shell = {}
    typist = threading.Thread(target=lambda: shell.update(rc=drive_shell(
        qemu, logname, cmds, timeout)))
    typist.start()
    try:
        cmd = [GDB, '-batch', '-nx', ELF,
               '-x', os.path.join(ROOT, 'tools/gdb/vmlinux-gdb.py'),
               '-ex', 'target remote 127.0.0.1:%d' % port,
               '-x', os.path.join(ROOT, script)]
        try:
            g = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=timeout)
            out, gdb_timeout = g.stdout.decode('utf-8', 'replace'), False
        except subprocess.TimeoutExpired as e:
            out, gdb_timeout = (e.stdout or b'').decode('utf-8', 'replace'), \
                True
        if 'gdbtest: end' not in out or gdb_timeout:
            qemu.kill()     # the script stopped early; QEMU may be halted
        typist.join()
        rc, timed_out = shell.get('rc', (None, True))
    finally:
        if qemu.poll() is None:
            qemu.kill()
            qemu.wait()
        typist.join()
    with open(log_path(logname.replace('-qemu', '')), 'w') as f:
        f.write(out)
    return out, gdb_timeout, rc, timed_out, read_log(logname)


def run_gdb(args):
    cfg = Config(('1G', 1 << 30), CPUS[1], ELS[0])
    job = Job('gdb')
    if not (need_file(job, IMAGE, 'run make all') and
            need_file(job, ELF, 'run make all')):
        return job
    out, gdb_timeout, rc, timed_out, console = gdb_session(
        cfg, 'gdb-qemu', gdb_mm_cmds(), 'tests/gdb/boot.gdb', args.timeout)
    gdb_tail = tail(out) + (['gdb timed out'] if gdb_timeout else [])

    job.add('gdb.break_start_kernel',
            re.search(r'^Breakpoint 1, .*start_kernel', out, re.M), gdb_tail)
    job.add('gdb.source_line_shown',
            re.search(r'^#0\s.*start_kernel \(.*\) at \S+\.c:\d+', out, re.M),
            gdb_tail)
    m = re.search(r'^gdbtest: memory.cnt=(\d+)', out, re.M)
    job.add('gdb.memblock_populated', m and int(m.group(1)) >= 1,
            ['memory.cnt: %s' % (m.group(1) if m else 'not printed')] +
            gdb_tail)
    banner = section(out, 'lx-version').strip()
    job.add('gdb.lx_version', banner and banner in console,
            ['lx-version printed: %r' % banner[:200]])
    cmdline = section(out, 'lx-cmdline').strip()
    job.add('gdb.lx_cmdline', cmdline == SHELL_APPEND,
            ['lx-cmdline printed %r, -append was %r' % (cmdline,
                                                        SHELL_APPEND)])
    mb = section(out, 'lx-memblock')
    size, boot = boot_memory_size(mb), boot_memory_size(console)
    job.add('gdb.lx_memblock_memory_size',
            size == cfg.mem_bytes and boot in (None, size),
            ['lx-memblock memory size %s, kernel dump %s, -m %#x' %
             (hex(size) if size else None, hex(boot) if boot else None,
              cfg.mem_bytes)] + mb.split('\n')[:TAIL])
    dmesg = section(out, 'lx-dmesg')
    first = banner.split('\n')[0]
    job.add('gdb.lx_dmesg_has_banner', first and first in dmesg,
            ['banner %r not in lx-dmesg output:' % first] +
            dmesg.split('\n')[-TAIL:])
    job.add('gdb.lx_dmesg_matches_console', dmesg and dmesg in console,
            ['lx-dmesg output is not a part of the console log:'] +
            dmesg.split('\n')[-TAIL:])
    job.add('gdb.lx_dmesg_wrap_selftest',
            'lx-dmesg selftest: ok' in out, gdb_tail)
    check_gdb_mm(job, out, console)
    job.add('gdb.qemu_powers_off_after_detach', rc == 0 and not timed_out,
            ['QEMU exit status %s' % ('(killed after timeout)' if timed_out
                                      else rc)] + tail(console))
    run_gdb_smp(job, args)
    return job


# What the runner types in the -smp 2 session (tests/gdb/smp.gdb).
GDB_SMP_CMDS = ['vmstat', 'zoneinfo', 'poweroff']


def run_gdb_smp(job, args):
    """tests/gdb/smp.gdb on -smp 2 with EL2, one stop in cmd_poweroff."""
    cfg = Config(('1G', 1 << 30), CPUS[1], ELS[1], smp=2)
    out, gdb_timeout, rc, timed_out, console = gdb_session(
        cfg, 'gdb-smp-qemu', GDB_SMP_CMDS, 'tests/gdb/smp.gdb', args.timeout)
    gdb_tail = tail(out) + (['gdb timed out'] if gdb_timeout else [])
    job.add('gdb.smp.break_cmd_poweroff', re.search(
        r'^Thread \d+ hit Breakpoint 1, cmd_poweroff', out, re.M), gdb_tail)
    threads = re.findall(r'^\*?\s+(\d+)\s+Thread ',
                         section(out, 'info-threads'), re.M)
    job.add('gdb.smp.info_threads_shows_2', len(threads) == 2,
            ['info threads:'] + section(out, 'info-threads').split('\n'))
    check_gdb_lx_cpus(job, out)
    cur = dict(re.findall(r'^(\w+)=(\S+)$', section(out, 'lx-current'), re.M))
    job.add('gdb.smp.lx_current_per_cpu',
            cur.get('cpu0') == 'poweroff' and cur.get('cpu1') == 'swapper/1'
            and cur.get('thread2') == 'swapper/1',
            ['$lx_current(0), (1), () on thread 2 printed %r; want the '
             'shell (poweroff) on CPU 0, swapper/1 on CPU 1' % cur])
    vmstat, zoneinfo = split_shell(console, GDB_SMP_CMDS)[:2]
    zi = section(out, 'lx-zoneinfo')
    same_text(job, 'gdb.smp.lx_zoneinfo_matches_kernel', zi, zoneinfo,
              'zoneinfo')
    job.add('gdb.smp.lx_zoneinfo_two_pagesets',
            re.findall(r'^    cpu: (\d+)$', zi, re.M) == ['0', '1'],
            ['lx-zoneinfo pageset lines: %r' %
             re.findall(r'^    cpu: .*$', zi, re.M)])
    off = re.findall(r'^    cpu: .*$',
                     section(out, 'lx-zoneinfo-cpu1-offline'), re.M)
    job.add('gdb.smp.lx_zoneinfo_online_cpus_only', off == ['    cpu: 0'],
            ['lx-zoneinfo with CPU 1 out of __cpu_online_mask printed the '
             'pagesets %r; want CPU 0\'s alone' % off])
    events = strip_all(section(out, 'vm-events')).strip('\n').split('\n')
    names = set(l.split(' ')[0] for l in events)
    kernel = [l for l in strip_all(vmstat).split('\n')
              if l.split(' ')[0] in names]
    same_text(job, 'gdb.smp.lx_per_cpu_vm_events_match_vmstat',
              '\n'.join(events), '\n'.join(kernel), 'vmstat events')
    job.add('gdb.smp.qemu_powers_off_after_detach',
            rc == 0 and not timed_out,
            ['QEMU exit status %s' % ('(killed after timeout)' if timed_out
                                      else rc)] + tail(console))


def check_gdb_lx_cpus(job, out):
    """lx-cpus against the registers and variables smp.gdb printed raw:
    both CPUs listed with the states of the cpumasks, each on the thread
    whose MPIDR is its __cpu_logical_map entry, each thread's TPIDR_EL1
    equal to that CPU's __per_cpu_offset."""
    regs = dict((m[0], m[1:]) for m in re.findall(
        r'^thread (\d+) tpidr_el1=(0x[0-9a-f]+) vmpidr_el2=(0x[0-9a-f]+) '
        r'qemu_mpidr=(0x[0-9a-f]+)$', section(out, 'thread-regs'), re.M))
    kv = section(out, 'kernel-vars')
    masks = re.search(r'^online=(0x[0-9a-f]+) active=(0x[0-9a-f]+)$', kv,
                      re.M)
    offs = re.search(r'^offsets=(0x[0-9a-f]+) (0x[0-9a-f]+)$', kv, re.M)
    rows = [l.split(None, 6) for l in
            section(out, 'lx-cpus').strip('\n').split('\n')[1:]]
    why = ['lx-cpus:'] + section(out, 'lx-cpus').split('\n') + \
        ['raw:'] + section(out, 'thread-regs').split('\n') + kv.split('\n')
    job.add('gdb.smp.thread_mpidr_sources_agree',
            len(regs) == 2 and all(v[1] == v[2] for v in regs.values()), why)
    ok = bool(masks and offs and len(rows) == 2)
    for cpu, row in enumerate(rows if ok else []):
        online, active = (int(masks.group(i), 16) >> cpu & 1 for i in (1, 2))
        want_state = ('online' if online else 'offline') + \
            (',active' if active else '')
        reg = regs.get(row[5] if len(row) > 5 else None)
        ok = ok and len(row) == 7 and row[0] == str(cpu) and online and \
            row[1] == want_state and reg is not None and \
            row[2] == reg[1] and row[3] == offs.group(cpu + 1) == \
            row[4] == reg[0]
    job.add('gdb.smp.lx_cpus_matches_registers', ok, why)


# ------------------------------------------------------------------ main

def select_configs(patterns):
    if not patterns:
        return CONFIGS
    pats = [p for arg in patterns for p in arg.split(',') if p]
    chosen = [c for c in CONFIGS
              if any(c.name == p or c.name.startswith(p + '-') for p in pats)]
    if not chosen:
        sys.exit('no config matches %s; see --list-configs' % ', '.join(pats))
    return chosen


def run_docs(args):
    """Every transcript in README.md and docs/*.md, replayed
    (tests/docs_replay.py): one case per transcript."""
    job = Job('docs')
    # on another toolchain than the docs were recorded with, what differs
    # is skipped with this reason (docs_replay.toolchain_differs)
    other = docs_replay.toolchain_differs(docs_replay.read_toolchain(),
                                          docs_replay.toolchain()) or ''
    results, _ = docs_replay.replay(jobs=args.jobs, log_dir=LOGS,
                                    other=other)
    for name, status, why in results:
        job.add(name, True, why, status)
    # the chapters' answers to their exercises, as make grade checks them
    ex, stated = grade.exercises()
    for i in sorted(set(ex) - set(stated)):
        job.add('exercise ' + i, False, ['%s states no answer' % ex[i][0]])
    for i, status, why in grade.grade(stated, args.jobs, LOGS, other=other):
        if i not in stated:
            continue        # reported above as "states no answer"
        job.add('exercise ' + i, True, why, status)
    n = sum(1 for c in job.cases if c.status == ktap.SKIP and
            other and c.details == [other])
    if n:
        job.skip_reason = other
        job.note = '%d recorded with another toolchain' % n
    return job


def report_job(job):
    line = '%-16s %d passed, %d failed' % (job.config + ':', job.count(
        ktap.PASS), job.count(ktap.FAIL, ktap.MISSING))
    if job.count(ktap.SKIP):
        line += ', %d skipped' % job.count(ktap.SKIP)
    if job.note:
        line += ' (%s)' % job.note
    print('%s (%.1f s)' % (line, job.elapsed), flush=True)


def timed(fn, *a):
    """Run one part; a bug or a missing tool fails it instead of the run."""
    t = time.time()
    try:
        job = fn(*a)
    except Exception as e:  # noqa: BLE001 - reported as a failed case
        name = a[0].name if isinstance(a[0], Config) else fn.__name__[4:]
        job = Job(name)
        job.add('runner.exception', False, ['%s: %s' % (type(e).__name__, e)])
    job.elapsed = time.time() - t
    return job


def main():
    ap = argparse.ArgumentParser(
        description=__doc__.split('\n')[0],
        epilog='With no part selected, all parts run.')
    for part in PARTS:
        ap.add_argument('--' + part, action='store_true')
    ap.add_argument('--config', action='append', metavar='NAME',
                    help='run only these matrix configs (a prefix such as '
                    'm1G-a53 selects both ELs); implies --qemu')
    ap.add_argument('--list-configs', action='store_true')
    ap.add_argument('--timeout', type=int, default=60,
                    help='seconds per QEMU boot (default 60)')
    ap.add_argument('--host-timeout', type=int, default=300)
    ap.add_argument('--jobs', type=int, default=2,
                    help='QEMU boots at a time (default 2)')
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'),
                    help='where Image, kernel.elf, host/ are and test-logs/ '
                    'go (default build)')
    args = ap.parse_args()
    set_build_dir(args.build)

    if args.list_configs:
        for c in CONFIGS:
            print(c.name)
        return 0
    parts = [p for p in PARTS if getattr(args, p)]
    if args.config:
        parts.append('qemu')
    elif not parts:
        parts = list(PARTS)

    jobs = []
    if 'selftest' in parts:
        jobs.append(timed(run_selftest, args))
        report_job(jobs[-1])
    if 'host' in parts:
        jobs.append(timed(run_host, args))
        report_job(jobs[-1])
    if 'fuzz' in parts:
        jobs.append(timed(run_fuzz, args))
        report_job(jobs[-1])
    boots = []
    if 'qemu' in parts:
        boots += [(run_boot, cfg, args) for cfg in
                  select_configs(args.config)]
        if not args.config:
            boots.append((run_ktest_nosuch, args))
    if 'shell' in parts:
        boots.append((run_shell, args))
        boots.append((run_shell_5g, args))
        boots.append((run_shell_sysctl, args))
        boots.append((run_shell_oops, args))
        boots.append((run_shell_stats, args))
        boots.append((run_tty, args))
    if 'gdb' in parts:
        boots.append((run_gdb, args))
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(timed, *b) for b in boots]
        for f in concurrent.futures.as_completed(futures):
            report_job(f.result())
        jobs += [f.result() for f in futures]
    if boots:
        print('QEMU runs: %d boots in %.1f s, %d at a time' %
              (len(boots), time.time() - t0, args.jobs))
    if 'docs' in parts:
        jobs.append(timed(run_docs, args))
        report_job(jobs[-1])

    for j in jobs:
        for c in j.cases:
            if j.skip_reason and c.status == ktap.SKIP and \
                    c.details == [j.skip_reason]:
                print('SKIP %s %s' % (c, j.skip_reason))
    cases = [c for j in jobs for c in j.cases]
    failed = [c for c in cases if c.status in (ktap.FAIL, ktap.MISSING)]
    for c in failed:
        print('\nFAIL %s%s' % (c, ' (no result)' if c.status == ktap.MISSING
                               else ''))
        for d in c.details:
            print('    ' + d)
    npass = sum(1 for c in cases if c.status == ktap.PASS)
    nskip = sum(1 for c in cases if c.status == ktap.SKIP)
    if failed:
        print()
    print('%d passed, %d failed%s' % (npass, len(failed),
                                      ', %d skipped' % nskip if nskip else ''),
          flush=True)
    return 1 if failed or not cases else 0


if __name__ == '__main__':
    sys.exit(main())
