#!/usr/bin/env python3
"""tools/bench.py - `make bench`: boot tinymm with bench=all under QEMU with
-icount shift=0 (one instruction = one tick, so counts are exact and the
same on every run), read the "bench: <name> <value> <unit>" lines, print
them as a table and as lines, and compare with tests/bench/baseline.txt.

The bench=all boot runs twice, on -smp 1 and on -smp 4 (same image); the
second run's names get the suffix _smp4. Under -icount QEMU runs the vCPUs
in turn in one thread, and the PMU's INST_RETIRED reads the machine-wide
instruction count: the idle CPUs' few instructions (their ticks) land in
the benchmarking CPU's figures too. With sleep=off they land at the same
points on every run, so the -smp 4 figures repeat exactly as well. Then bench=scale boots without -icount, each vCPU in a host thread
(MTTCG, -smp 4), and prints operations per second with 1, 2 and 4 CPUs
allocating at once: wall-clock figures of this host, never compared with
a baseline.

  --update   write the measured values as the new baseline
  --mem/--cpu  QEMU memory size and CPU model (default 1G, cortex-a72)
  --smp LIST   the bench=all runs (default 1,4)
  --no-scale   skip the bench=scale boot
  --selftest   check the output parser on sample lines
  --host     instead: build and run the host benchmark (tests/host/bench/),
             nanoseconds per operation of tinymm's allocators and others on
             this machine, plus the memory-overhead figures; those vary
             from run to run, so there is no baseline. Arguments after
             `--` go to the binary (e.g. -- --adapter tinymm --min-ms 50).
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASELINE = os.path.join(ROOT, 'tests', 'bench', 'baseline.txt')
LINE = re.compile(r'bench: (\S+) ([0-9.]+) (\S+)')


SCALE = re.compile(r'scale_(\S+)_(\d+)cpu$')
SCALE_SMP = 4


def suffix(smp):
    """The name suffix of a bench=all run on @smp CPUs."""
    return '' if smp == 1 else '_smp%d' % smp


def parse(out, smp=1):
    """{name + suffix: (value, unit)} from a boot's console text, in the
    order printed; None if the run did not reach "bench: done"."""
    if 'bench: done' not in out:
        return None
    results = {}
    for m in LINE.finditer(out):
        results[m.group(1) + suffix(smp)] = (float(m.group(2)), m.group(3))
    return results


def run(image, mem, cpu, timeout, smp=1, bootargs='bench=all',
        icount=True):
    cmd = ['qemu-system-aarch64', '-machine', 'virt', '-nic', 'none',
           '-cpu', cpu, '-m', mem, '-smp', str(smp)]
    if icount:
        # sleep=off: when every vCPU idles, jump to the next timer at once
        # instead of waiting for it in host time, which would shift the
        # idle CPUs' ticks against CPU 0's instructions from run to run
        cmd += ['-icount', 'shift=0,sleep=off']
    else:
        cmd += ['-accel', 'tcg,thread=multi']
    cmd += ['-display', 'none', '-monitor', 'none',
            '-serial', 'stdio', '-semihosting', '-no-reboot',
            '-kernel', image, '-append', bootargs + ' ktest.exit=1 panic=-1']
    out = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                         text=True, timeout=timeout).stdout
    results = parse(out, smp if icount else 1)
    if results is None:
        sys.exit('bench: the -smp %d run did not finish; last output:\n'
                 % smp + '\n'.join(out.splitlines()[-20:]))
    return results


def scale_table(results):
    """The bench=scale figures as rows: op, then ops/s per CPU count."""
    counts, rows = [], {}
    for name, (value, _) in results.items():
        m = SCALE.match(name)
        if not m:
            continue
        n = int(m.group(2))
        if n not in counts:
            counts.append(n)
        rows.setdefault(m.group(1), {})[n] = value
    head = ['%d CPU%s' % (n, 's' if n > 1 else '') for n in counts]
    lines = ['%-12s' % 'ops/s' + ''.join('%14s' % h for h in head)]
    for op, by_n in rows.items():
        lines.append('%-12s' % op + ''.join(
            '%14s' % ('%.0f' % by_n[n] if n in by_n else '-') for n in counts))
    return lines


def load_baseline():
    base = {}
    if os.path.exists(BASELINE):
        for line in open(BASELINE):
            parts = line.split()
            if len(parts) == 3 and not line.startswith('#'):
                base[parts[0]] = float(parts[1])
    return base


def run_host(build, extra, timeout):
    """make host-bench, run it, print its table and bench: lines."""
    make = ['make', '-s', '-f', os.path.join('tests', 'host', 'Makefile'),
            'BUILD=' + build, 'host-bench']
    if subprocess.run(make, cwd=ROOT).returncode:
        sys.exit('bench: building the host benchmark failed')
    binary = os.path.join(ROOT, build, 'host', 'tinymm-host-bench')
    proc = subprocess.run([binary] + extra, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, text=True, timeout=timeout)
    out = proc.stdout
    if proc.returncode or 'bench: done' not in out:
        sys.exit('bench: the host run did not finish; last output:\n' +
                 '\n'.join(out.splitlines()[-20:]))
    # the binary prints the table, then the bench: lines; pass both on
    sys.stdout.write(out)


def print_results(results, base):
    print('%-32s %14s %14s %8s' % ('benchmark', 'now', 'baseline', 'change'))
    for name, (value, unit) in results.items():
        old = base.get(name)
        change = '%+.1f%%' % ((value - old) * 100 / old) if old else 'new'
        print('%-32s %10.2f %s %10s %8s' % (name, value, unit.split('/')[0],
                                            '%.2f' % old if old else '-', change))
    for name, (value, unit) in results.items():
        print('bench: %s %.2f %s' % (name, value, unit))


def run_scale(image, mem, cpu, timeout):
    """bench=scale on -smp 4 without -icount: print, never compare."""
    results = run(image, mem, cpu, timeout, smp=SCALE_SMP,
                  bootargs='bench=scale', icount=False)
    print()
    print('scaling: alloc+free pairs per second, wall clock, QEMU MTTCG '
          '-smp %d;\nthe host has %d cores: a report, never compared'
          % (SCALE_SMP, os.cpu_count()))
    for line in scale_table(results):
        print(line)
    for name, (value, unit) in results.items():
        print('bench: %s %.0f %s' % (name, value, unit))


SAMPLE = """[    0.23] bench: page_alloc_order0_pcp 522.42 insn/op
[    0.26] bench: kmalloc_kfree_64 166.00 insn/op
[    0.30] bench: done 2
"""
SAMPLE_SCALE = """bench: scale_page_alloc_1cpu 923122 ops/s
bench: scale_page_alloc_2cpu 1109573 ops/s
bench: scale_kmalloc_1cpu 1523576 ops/s
bench: scale_kmalloc_2cpu 1958912 ops/s
bench: done 4
"""


def selftest():
    """The parser on the line shapes the kernel prints."""
    fails = []

    def check(what, got, want):
        if got != want:
            fails.append('%s: got %r, want %r' % (what, got, want))

    check('smp1', parse(SAMPLE), {
        'page_alloc_order0_pcp': (522.42, 'insn/op'),
        'kmalloc_kfree_64': (166.0, 'insn/op')})
    check('smp4 names', list(parse(SAMPLE, 4)),
          ['page_alloc_order0_pcp_smp4', 'kmalloc_kfree_64_smp4'])
    check('unfinished', parse(SAMPLE.replace('bench: done 2', '')), None)
    scale = parse(SAMPLE_SCALE)
    check('scale', scale['scale_kmalloc_2cpu'], (1958912.0, 'ops/s'))
    check('scale table', [line.split() for line in scale_table(scale)],
          [['ops/s', '1', 'CPU', '2', 'CPUs'],
           ['page_alloc', '923122', '1109573'],
           ['kmalloc', '1523576', '1958912']])
    for f in fails:
        print('bench selftest: FAIL %s' % f)
    print('bench selftest: %s' % ('ok' if not fails else 'failed'))
    return 1 if fails else 0


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        extra = argv[argv.index('--') + 1:]
        argv = argv[:argv.index('--')]
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--mem', default='1G')
    ap.add_argument('--cpu', default='cortex-a72')
    ap.add_argument('--smp', default='1,4',
                    help='CPU counts of the bench=all runs (default 1,4)')
    ap.add_argument('--no-scale', action='store_true',
                    help='skip the bench=scale boot')
    ap.add_argument('--timeout', type=int, default=300)
    ap.add_argument('--update', action='store_true')
    ap.add_argument('--selftest', action='store_true')
    ap.add_argument('--host', action='store_true',
                    help='time the host build in ns/op instead (no baseline)')
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest()
    if args.host:
        if args.update:
            sys.exit('bench: --host has no baseline to update')
        build = os.path.abspath(args.build)
        if build.startswith(ROOT + os.sep):
            build = os.path.relpath(build, ROOT)   # the paths `make` uses
        run_host(build, extra, args.timeout)
        return 0
    image = os.path.join(args.build, 'Image')
    smps = [int(n) for n in args.smp.split(',')]
    results = {}
    for smp in smps:
        results.update(run(image, args.mem, args.cpu, args.timeout, smp))
    print_results(results, load_baseline())
    if args.update:
        with open(BASELINE, 'w') as f:
            f.write('# tools/bench.py --update: QEMU -icount shift=0,sleep=off, '
                    '-m %s, -cpu %s, -smp %s (names ending _smp<n>)\n'
                    % (args.mem, args.cpu, args.smp))
            for name, (value, unit) in results.items():
                f.write('%s %.2f %s\n' % (name, value, unit))
        print('baseline written to %s' % os.path.relpath(BASELINE, ROOT))
    if not args.no_scale:
        run_scale(image, args.mem, args.cpu, args.timeout)
    return 0


if __name__ == '__main__':
    sys.exit(main())
