#!/usr/bin/env python3
"""tools/bench.py - `make bench`: boot tinymm with bench=all under QEMU with
-icount shift=0 (one instruction = one tick, so counts are exact and the
same on every run), read the "bench: <name> <value> <unit>" lines, print
them as a table and as lines, and compare with tests/bench/baseline.txt.

  --update   write the measured values as the new baseline
  --mem/--cpu  QEMU memory size and CPU model (default 1G, cortex-a72)
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


def run(image, mem, cpu, timeout):
    cmd = ['qemu-system-aarch64', '-machine', 'virt', '-nic', 'none',
           '-cpu', cpu, '-m', mem, '-icount', 'shift=0', '-display', 'none', '-monitor', 'none',
           '-serial', 'stdio', '-semihosting', '-no-reboot',
           '-kernel', image, '-append', 'bench=all ktest.exit=1 panic=-1']
    out = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True,
                         text=True, timeout=timeout).stdout
    results = {}
    for m in LINE.finditer(out):
        results[m.group(1)] = (float(m.group(2)), m.group(3))
    if 'bench: done' not in out:
        sys.exit('bench: the run did not finish; last output:\n' +
                 '\n'.join(out.splitlines()[-20:]))
    return results


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
    ap.add_argument('--timeout', type=int, default=300)
    ap.add_argument('--update', action='store_true')
    ap.add_argument('--host', action='store_true',
                    help='time the host build in ns/op instead (no baseline)')
    args = ap.parse_args(argv)
    if args.host:
        if args.update:
            sys.exit('bench: --host has no baseline to update')
        build = os.path.abspath(args.build)
        if build.startswith(ROOT + os.sep):
            build = os.path.relpath(build, ROOT)   # the paths `make` uses
        run_host(build, extra, args.timeout)
        return
    results = run(os.path.join(args.build, 'Image'), args.mem, args.cpu,
                  args.timeout)
    base = load_baseline()
    print('%-32s %14s %14s %8s' % ('benchmark', 'now', 'baseline', 'change'))
    for name, (value, unit) in results.items():
        old = base.get(name)
        change = '%+.1f%%' % ((value - old) * 100 / old) if old else 'new'
        print('%-32s %10.2f %s %10s %8s' % (name, value, unit.split('/')[0],
                                            '%.2f' % old if old else '-', change))
    for name, (value, unit) in results.items():
        print('bench: %s %.2f %s' % (name, value, unit))
    if args.update:
        with open(BASELINE, 'w') as f:
            f.write('# tools/bench.py --update: QEMU -icount shift=0, -m %s, '
                    '-cpu %s\n' % (args.mem, args.cpu))
            for name, (value, unit) in results.items():
                f.write('%s %.2f %s\n' % (name, value, unit))
        print('baseline written to %s' % os.path.relpath(BASELINE, ROOT))


if __name__ == '__main__':
    main()
