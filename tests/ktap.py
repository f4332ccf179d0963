#!/usr/bin/env python3
"""tests/ktap.py - a KTAP version 1 parser for tinymm's test output.

Linux counterpart: tools/testing/kunit/kunit_parser.py (much smaller here).

KTAP is TAP with nesting by indentation: every subtest is indented four more
spaces than its parent and has its own "KTAP version 1" header, an optional
"# Subtest: <name>" line, a plan "1..N" and result lines
"ok|not ok <n> <name> [# SKIP reason]". Diagnostics ("# ...") and any other
output of a case come *before* its result line, so we keep every line seen
since the previous result and hand them to the case that reports next.

Anything that is not KTAP (boot log, printk from the code under test) is
ignored, except crash markers: an oops inside a running suite is expected when
a case provokes a fault on purpose (KUnit catches it and the case reports), but
one outside any suite, or a kernel panic anywhere, is a failure.

parse(lines) returns a Report; Report.leaves lists every leaf case once, with
status PASS, FAIL, SKIP or MISSING (planned but never reported). A missing
plan, a plan that disagrees with the results, or an unreported test makes the
report incomplete. Run "python3 tests/ktap.py --selftest" to test the parser.
"""
import re
import sys

TIMESTAMP = re.compile(r'^\[\s*\d+\.\d+\] ')
VERSION = re.compile(r'^(?:K?TAP) version (\d+)\s*$')
PLAN = re.compile(r'^1\.\.(\d+)\s*$')
RESULT = re.compile(r'^(ok|not ok) (\d+)(?: (?:- )?([^#]*?))?\s*'
                    r'(?:#\s*(.*))?$')
SUBTEST = re.compile(r'^# Subtest: (.+?)\s*$')
CRASH = re.compile(r'Unable to handle kernel|Internal error:|Kernel panic'
                   r'|kernel BUG at|ERROR: AddressSanitizer|runtime error:')
KTAP_LINE = re.compile(r'^(?:K?TAP version|1\.\.\d|(?:not )?ok \d|# Subtest:)')
PANIC = re.compile(r'Kernel panic|ERROR: AddressSanitizer')

PASS, FAIL, SKIP, MISSING = 'PASS', 'FAIL', 'SKIP', 'MISSING'


def strip_line(line):
    """Drop the printk timestamp and trailing whitespace/CR."""
    return TIMESTAMP.sub('', line.rstrip('\r\n').rstrip())


def linux_extract(lines):
    """The lines as Linux's kunit_parser.py extract_tap_lines() sees them:
    from the first "KTAP version" line on, with as many characters cut
    from every line as stood before "KTAP version" on that one."""
    out, cut = [], None
    for line in lines:
        line = line.rstrip('\r\n').rstrip()
        if cut is None:
            if 'KTAP version' in line:
                cut = line.index('KTAP version')
                out.append(line[cut:])
        else:
            out.append(line[cut:])
    return out


def prefix_errors(lines):
    """Lines of the KTAP stream (the first "KTAP version" line to the last
    top-level result) whose prefix is not the version line's: a printk
    timestamp of the same width, or none if that line has none."""
    lines = [l.rstrip('\r\n').rstrip() for l in lines]
    start = next((i for i, l in enumerate(lines) if 'KTAP version' in l), None)
    if start is None:
        return ['no "KTAP version" line']
    cut = lines[start].index('KTAP version')
    end = max(i for i, l in enumerate(lines)
              if RESULT.match(l[cut:]) or i == start)
    bad = []
    for line in lines[start:end + 1]:
        m = TIMESTAMP.match(line + ' ')     # an empty message: "[ ... ]"
        if (m.end() if m else 0) != cut:
            bad.append(line)
    return bad


class Node:
    """One KTAP test: the whole run, a suite, or (as a leaf) a case."""

    def __init__(self, indent, name=None):
        self.indent = indent
        self.name = name
        self.plan = None
        self.results = []       # (number, ok, name, directive, log, child)
        self.pending_log = []   # lines since the last result at this level
        self.child = None       # nested subtest being parsed

    def label(self):
        return self.name or 'top level'

    def add_result(self, ok, num, name, directive, errors):
        if num != len(self.results) + 1:
            errors.append('%s: result %d reported as number %d'
                          % (self.label(), len(self.results) + 1, num))
        child, self.child = self.child, None
        self.results.append((num, ok, name, directive or '',
                             self.pending_log, child))
        self.pending_log = []

    def lost_child(self, errors):
        """The open subtest ended without its result line: a failure."""
        if self.child is not None:
            errors.append('%s: subtest %s has no result line'
                          % (self.label(), self.child.label()))
            self.add_result(False, len(self.results) + 1, self.child.name,
                            'no result', errors)


class Report:
    def __init__(self):
        self.leaves = []        # (path, status, log lines)
        self.errors = []        # structural problems (plan, missing, ...)
        self.crashes = []       # crash lines outside any suite, panics
        self.seen_ktap = False

    def count(self, status):
        return sum(1 for leaf in self.leaves if leaf[1] == status)

    @property
    def complete(self):
        return self.seen_ktap and not self.errors

    @property
    def ok(self):
        return (self.complete and not self.crashes and
                self.count(FAIL) == 0 and self.count(MISSING) == 0)


def _unwind(stack, depth, errors):
    """Pop nested nodes until @depth are left. Popped nodes whose parent was
    popped too lost their result lines; the kept top's child is left for the
    caller (a result line closes it, a new subtest marks it lost)."""
    while len(stack) > depth:
        stack.pop()
        if len(stack) > depth:
            stack[-1].lost_child(errors)


def parse(lines, strip=strip_line):
    report = Report()
    root = None
    stack = []                  # open nodes; stack[i + 1] is stack[i].child
    suspect = []                # crash lines not yet followed by a result
    for raw in lines:
        line = strip(raw)
        text = line.lstrip(' ')
        indent = len(line) - len(text)
        if PANIC.search(line) or (CRASH.search(line) and len(stack) < 2):
            report.crashes.extend(suspect + [line])
            del suspect[:]
        elif CRASH.search(line):
            # Inside a suite a fault may be the point of the case: it is
            # forgiven if the very next KTAP line is that case's result.
            suspect.append(line)
        if root is None:
            if indent == 0 and VERSION.match(text):
                root = Node(0)
                stack = [root]
                report.seen_ktap = True
            continue
        if not stack:
            continue            # the run is over: boot log again
        top = stack[-1]
        if suspect and KTAP_LINE.match(text):
            leaf_result = (RESULT.match(text) and indent == top.indent and
                           top.child is None)
            if not leaf_result:
                report.crashes.extend(suspect)
            del suspect[:]
        at = [i for i, n in enumerate(stack) if n.indent == indent]
        parent = [i for i, n in enumerate(stack) if n.indent + 4 == indent]
        if SUBTEST.match(text) and at and at[0] == len(stack) - 1 and \
                top is not root and top.name is None and not top.results:
            top.name = SUBTEST.match(text).group(1)
        elif (VERSION.match(text) or SUBTEST.match(text)) and parent:
            _unwind(stack, parent[0] + 1, report.errors)
            node = stack[-1]
            node.lost_child(report.errors)
            node.child = Node(indent)
            m = SUBTEST.match(text)
            if m:
                node.child.name = m.group(1)
            stack.append(node.child)
        elif PLAN.match(text) and at and at[0] == len(stack) - 1 and \
                top.plan is None and not top.results:
            top.plan = int(PLAN.match(text).group(1))
        elif RESULT.match(text) and at:
            _unwind(stack, at[0] + 1, report.errors)
            ok, num, name, directive = RESULT.match(text).groups()
            stack[-1].add_result(ok == 'ok', int(num), (name or '').strip(),
                                 directive, report.errors)
            if stack[-1] is root and len(root.results) == root.plan:
                stack = []      # the run is complete
        else:
            top.pending_log.append(line)
    report.crashes.extend(suspect)
    _unwind(stack, 1, report.errors)
    if stack:
        stack[0].lost_child(report.errors)
    if root is None:
        report.errors.append('no "KTAP version" line')
        return report
    _collect(root, '', report)
    return report


def _collect(node, prefix, report):
    if node.plan is None:
        report.errors.append('%s: no plan' % node.label())
    elif node.plan != len(node.results):
        report.errors.append('%s: plan 1..%d but %d results'
                             % (node.label(), node.plan, len(node.results)))
    for num, ok, name, directive, log, child in node.results:
        name = name or (child.name if child else None) or '#%d' % num
        path = prefix + name
        if child is not None:
            before = len(report.leaves)
            _collect(child, path + '.', report)
            bad = any(s in (FAIL, MISSING) for _, s, _ in
                      report.leaves[before:])
            if not ok and not bad:  # suite says failed, yet no case did
                # (a case's own diagnostics, printed after its nested
                # subtest ended, are in the subtest's trailing log)
                report.leaves.append((path, FAIL, log + child.pending_log +
                                      ['# %s: not ok %s' % (path, directive)]))
            continue
        if ok and directive.upper().startswith('SKIP'):
            status = SKIP
        else:
            status = PASS if ok else FAIL
        report.leaves.append((path, status, log))
    for i in range(len(node.results), node.plan or 0):
        report.leaves.append((prefix + '#%d' % (i + 1), MISSING,
                              node.pending_log[-30:]))


# ---------------------------------------------------------------- self-test

SAMPLE = """\
[    0.000000] Booting tinymm
[    0.001000] KTAP version 1
[    0.001000] 1..3
[    0.002000]     KTAP version 1
[    0.002000]     # Subtest: memblock
[    0.002000]     1..3
[    0.003000]     ok 1 memblock_add_simple
[    0.003000]         # memblock_merge: EXPECTATION FAILED at mm/x.c:10
[    0.003000]         Expected cnt == 1, but
[    0.004000]     not ok 2 memblock_merge
[    0.005000]     ok 3 memblock_numa # SKIP no NUMA
[    0.005000] # memblock: pass:1 fail:1 skip:1 total:3
[    0.005000] # Totals: pass:1 fail:1 skip:1 total:3
[    0.006000] not ok 1 memblock
[    0.006000] unrelated boot log line
    KTAP version 1
    # Subtest: mmu
    1..2
Unable to handle kernel paging request at virtual address ffff800008000000
    ok 1 text_is_readonly
    ok 2 rodata_nx
# mmu: pass:2 fail:0 skip:0 total:2
# Totals: pass:2 fail:0 skip:0 total:2
ok 2 mmu
    KTAP version 1
    # Subtest: empty
    1..0
ok 3 empty
[    0.007000] Kernel panic - after the run, still a crash
"""


def _check(cond, what):
    if not cond:
        raise AssertionError(what)


def selftest():
    r = parse(SAMPLE.splitlines())
    got = [(p, s) for p, s, _ in r.leaves]
    _check(got == [('memblock.memblock_add_simple', PASS),
                   ('memblock.memblock_merge', FAIL),
                   ('memblock.memblock_numa', SKIP),
                   ('mmu.text_is_readonly', PASS),
                   ('mmu.rodata_nx', PASS)], 'leaves: %r' % got)
    _check(r.complete and r.crashes == [
        'Kernel panic - after the run, still a crash'],
        'complete: %r %r' % (r.errors, r.crashes))
    diag = r.leaves[1][2]
    _check(any('EXPECTATION FAILED at mm/x.c:10' in d for d in diag),
           'diagnostics kept: %r' % diag)
    _check(not r.ok, 'a failed case makes the report fail')

    # Crash in the middle of a suite: the rest is missing, not passed.
    cut = SAMPLE.split('    ok 1 text_is_readonly')[0] + \
        'Kernel panic - not syncing: Oops: Fatal exception\n'
    r = parse(cut.splitlines())
    st = [(p, s) for p, s, _ in r.leaves]
    _check(('mmu.#1', MISSING) in st and ('mmu.#2', MISSING) in st,
           'missing cases: %r' % st)
    _check(('#3', MISSING) in st, 'missing suite: %r' % st)
    _check(r.crashes and not r.complete and not r.ok, 'panic is a failure')

    # Nothing at all, or only a top-level plan with nothing after it.
    r = parse(['Booting', 'Internal error: Oops: 96000004 [#1] SMP'])
    _check(not r.seen_ktap and r.errors and r.crashes and not r.ok,
           'no KTAP: %r' % r.errors)
    r = parse(['KTAP version 1', '1..2'])
    _check([s for _, s, _ in r.leaves] == [MISSING, MISSING] and not r.ok,
           'top-level plan without results')

    # A suite whose init failed: the parent reports it, its cases are
    # missing; a plan larger than the results is an error.
    r = parse(['KTAP version 1', '1..1', '    KTAP version 1',
               '    # Subtest: slab', '    1..2',
               'not ok 1 slab # suite_init failed'])
    st = [(p, s) for p, s, _ in r.leaves]
    _check(st == [('slab.#1', MISSING), ('slab.#2', MISSING)],
           'suite_init failure: %r' % st)
    _check(any('plan 1..2 but 0' in e for e in r.errors), r.errors)

    # An oops followed by the suite's result, not a case's: a crash.
    lines = SAMPLE.splitlines()
    i = lines.index('# mmu: pass:2 fail:0 skip:0 total:2')
    lines.insert(i, 'Internal error: Oops: 96000004 [#1] SMP')
    r = parse(lines)
    _check(r.crashes and not r.ok, 'oops outside a case')

    # All passing, no timestamps (host binary), numbering checked.
    ok = ['KTAP version 1', '1..1', '    KTAP version 1',
          '    # Subtest: s', '    1..2', '    ok 1 a', '    ok 2 b',
          '# s: pass:2 fail:0 skip:0 total:2', 'ok 1 s']
    r = parse(ok)
    _check(r.ok and r.count(PASS) == 2, 'clean run: %r' % r.errors)
    bad = list(ok)
    bad[6] = '    ok 3 b'
    _check(not parse(bad).complete, 'misnumbered result is an error')
    # A suite with a case missing at the end, then the next suite.
    r = parse(ok[:6] + ok[7:])
    _check(('s.#2', MISSING) in [(p, s) for p, s, _ in r.leaves], 'gap')

    # Three levels: a case (a user program run by the kernel suite "user")
    # with its own nested checks at 8 spaces. Its checks are the leaves; a
    # failing check fails the run; a case that fails after all its checks
    # passed is a leaf failure that keeps the case's diagnostics.
    user = ['KTAP version 1', '1..1', '    KTAP version 1',
            '    # Subtest: user', '    1..2',
            '        KTAP version 1', '        # Subtest: cow',
            '        1..2', '        ok 1 child sees data',
            '        ok 2 parent keeps data', '        # cow: pass:2',
            '    ok 1 cow',
            'program output at column 0',
            '        KTAP version 1', '        # Subtest: brk',
            '        1..1', '        ok 1 break moves',
            '        # brk: EXPECTATION FAILED at user_kunit.c:9',
            '    not ok 2 brk', '# user: pass:1 fail:1', 'not ok 1 user']
    r = parse(user)
    st = [(p, s) for p, s, _ in r.leaves]
    _check(st == [('user.cow.child sees data', PASS),
                  ('user.cow.parent keeps data', PASS),
                  ('user.brk.break moves', PASS), ('user.brk', FAIL)],
           'three levels: %r' % st)
    _check(r.complete and not r.ok, 'three levels: %r' % r.errors)
    _check(any('EXPECTATION FAILED' in l for l in r.leaves[3][2]),
           'case diagnostics after its subtest: %r' % r.leaves[3][2])
    bad = list(user)
    bad[9] = '        not ok 2 parent keeps data'
    bad[11] = '    not ok 1 cow'
    st = [(p, s) for p, s, _ in parse(bad).leaves]
    _check(st[1] == ('user.cow.parent keeps data', FAIL) and
           ('user.cow', FAIL) not in st, 'nested failure: %r' % st)
    # A program killed half-way: its unreported checks are missing.
    r = parse(user[:9] + user[10:])
    _check(('user.cow.#2', MISSING) in [(p, s) for p, s, _ in r.leaves] and
           not r.ok, 'killed program')
    # Linux's kunit_parser cuts the version line's prefix width from every
    # line: a stream whose lines all carry it parses the same either way;
    # one whose nested lines lack it (user programs writing straight to
    # the console) is cut to fragments, and prefix_errors() names them.
    r = parse(user)
    stamped = ['[    1.000000] ' + l for l in user]
    _check(prefix_errors(stamped) == [], 'uniform stream')
    r2 = parse(linux_extract(stamped), strip=lambda l: l)
    _check([l[:2] for l in r2.leaves] == [l[:2] for l in r.leaves],
           'linux-style extraction agrees: %r' % r2.leaves)
    mixed = [l if l.startswith('        ') else '[    1.000000] ' + l
             for l in user]
    _check(len(prefix_errors(mixed)) == 11, 'unstamped lines found: %r'
           % prefix_errors(mixed))
    r3 = parse(linux_extract(mixed), strip=lambda l: l)
    _check(len(r3.leaves) != len(r.leaves) or not r3.complete,
           'mixed prefixes break a Linux-style reader')
    print('ktap selftest: ok')
    return 0


def main(argv):
    if argv[1:] == ['--selftest']:
        return selftest()
    src = open(argv[1]) if len(argv) > 1 else sys.stdin
    r = parse(src)
    for path, status, _ in r.leaves:
        print('%-8s %s' % (status, path))
    for e in r.errors + r.crashes:
        print('error: ' + e)
    return 0 if r.ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
