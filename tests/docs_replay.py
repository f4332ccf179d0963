#!/usr/bin/env python3
"""tests/docs_replay.py - replay every transcript in README.md and docs/*.md.

Docs are code: a transcript in the documentation is the output of a real
run, and this checks that it still is. Each transcript is a fenced code
block with a directive in an HTML comment right above it:

  <!-- replay: console run="make run MEM=5G" session=ch02 mask=time -->
  ```
  tinymm> buddyinfo
  Node 0, zone    DMA32 ...
  ```

Kinds:
  console   a boot of tinymm. run= is the command a reader types (default
            "make run"); it is started with the commands piped in, each
            typed when the previous prompt has appeared and the console
            has been quiet for a moment, as a person would. The block holds
            the console text: lines "tinymm> CMD" are commands; any lines
            before the first prompt line are the boot log, shown from its
            first line (the block must then be the session's first).
            cmds="a;b" gives the commands instead, for blocks where output
            of a background program shares the prompt's line. keys="..."
            (";" between them, "\\x03" for Ctrl-C, "\\n" for Enter) are
            keys sent as they are, each once the console is quiet, prompt
            or not; such a block is a session of its own. Blocks with
            the same session=NAME are one boot, in the order they appear in
            the file; the session ends with "poweroff" unless it typed it.
  sh        host commands: lines "$ CMD" are run one by one with bash at
            the top of the tree; the output of each follows its line.
  cmd="..." the block is the output of that host command (stdout and
            stderr), for scripts that print a transcript themselves (the
            GDB walkthroughs in docs/walkthroughs/).
  excerpt=FILE  the block is a quote of FILE: its lines, blank ones and
            leading/trailing space aside, appear in FILE in this order,
            each run of them contiguous.
  skip="why"    not replayed; counted as skipped with the reason.

Toolchain. Addresses, symbol offsets, free-page and instruction counts
depend on the compiler that built the Image and on QEMU and GDB; the
transcripts are recorded with the toolchain named in TOOLCHAIN_FILE (the
first line of each tool's --version; --update over all the docs writes
it). When this machine's gcc version, QEMU or GDB major.minor differ from
it, a transcript that still matches passes, and one that differs is
SKIP with the two toolchains as its reason; one that did not run cleanly
(a command's error status, a timeout, an unfinished session, a crash the
document does not show) fails on any toolchain.

Comparison is line by line after dropping trailing white space. A line
"..." in the block stands for any number of lines. mask=REGEX (repeatable)
replaces every match by "#" on both sides first, for values that differ
from run to run; mask=time is the printk timestamp. A fenced block
without a directive that looks like a transcript (a "tinymm>" or "(gdb)"
line) is an error.

--update rewrites the blocks that differ with what the run printed; in a
block with "..." lines, each run of lines between them is replaced by the
lines of the new output that resemble it most (a block where that fails
is reported, to fix by hand).
Run: python3 tests/docs_replay.py [--update] [--list] [FILE...]
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
import tinymm_run  # noqa: E402

PROMPT = tinymm_run.PROMPT
NAMED_MASKS = {
    'time': r'^\[\s*\d+\.\d{6}\]',
}
TOOLCHAIN_FILE = os.path.join(ROOT, 'docs', 'walkthroughs', 'toolchain.txt')
# (key in TOOLCHAIN_FILE, shown as, numbers compared, the command)
TOOLS = (('gcc', 'gcc', 3, None), ('qemu', 'QEMU', 2, 'qemu-system-aarch64'),
         ('gdb', 'GDB', 2, 'gdb-multiarch'))
CRASH = re.compile(r'Unable to handle kernel|Internal error:|Kernel panic'
                   r'|kernel BUG at')
DIRECTIVE = re.compile(r'<!--\s*replay:(.*?)-->', re.S)
FENCE = re.compile(r'^(\s*)```')
TRANSCRIPT_HINT = re.compile(r'^(tinymm> |\(gdb\) )', re.M)
BOOT_TIMEOUT = 120


class Block:
    """One fenced block and its directive."""

    def __init__(self, path, line, opts, lines, start, end):
        self.path, self.line, self.opts = path, line, opts
        self.lines = lines          # the block's text lines
        self.start, self.end = start, end   # file line range of the text
        self.actual = None          # what the replay printed, unmasked
        self.problem = None

    @property
    def name(self):
        return '%s:%d' % (os.path.relpath(self.path, ROOT), self.line)

    def kind(self):
        for k in ('skip', 'excerpt', 'cmd'):
            if k in self.opts:
                return k
        return 'sh' if 'sh' in self.opts['_words'] else 'console'


def parse_opts(text):
    opts = {'mask': [], '_words': []}
    for tok in shlex.split(text):
        if '=' in tok:
            k, v = tok.split('=', 1)
            if k == 'mask':
                opts['mask'].append(NAMED_MASKS.get(v, v))
            else:
                opts[k] = v
        else:
            opts['_words'].append(tok)
    return opts


def scan(path):
    """The blocks of one markdown file, and errors for undirected ones."""
    blocks, errors = [], []
    lines = open(path).read().split('\n')
    pending, i = None, 0
    while i < len(lines):
        line = lines[i]
        m = DIRECTIVE.search(line)
        if line.lstrip().startswith('<!--') and 'replay:' in line:
            text, j = line, i
            while '-->' not in text and j + 1 < len(lines):
                j += 1
                text += '\n' + lines[j]
            pending = (i + 1, parse_opts(DIRECTIVE.search(text).group(1)))
            i = j + 1
            continue
        if FENCE.match(line):
            j = i + 1
            while j < len(lines) and not FENCE.match(lines[j]):
                j += 1
            body = lines[i + 1:j]
            if pending:
                blocks.append(Block(path, pending[0], pending[1], body,
                                    i + 1, j))
            elif TRANSCRIPT_HINT.search('\n'.join(body)):
                errors.append(('%s:%d' % (os.path.relpath(path, ROOT), i + 1),
                               'a transcript without a replay directive'))
            pending = None
            i = j + 1
            continue
        if line.strip() and m is None:
            pending = None if not line.lstrip().startswith('<!--') else pending
        i += 1
    return blocks, errors


# ------------------------------------------------------------- comparing

def normalize(lines, masks):
    out = []
    for line in lines:
        line = line.replace('\r', '').rstrip()
        for rx in masks:
            line = re.sub(rx, '#', line)
        out.append(line)
    return out


def split_runs(lines):
    """The runs of lines between "..." lines (one run if there is none)."""
    runs, cur = [], []
    for line in lines:
        if line.strip() == '...':
            runs.append(cur)
            cur = []
        else:
            cur.append(line)
    return runs + [cur]


def matches(expected, actual):
    """True if actual fits expected, where a "..." line in expected stands
    for any run of lines (greedy runs are fine: chunks are matched in
    order, each at its earliest place)."""
    chunks = split_runs(expected)
    if len(chunks) == 1:
        return expected == actual
    pos = 0
    if actual[:len(chunks[0])] != chunks[0]:
        return False
    pos = len(chunks[0])
    for k, chunk in enumerate(chunks[1:], 1):
        last = k == len(chunks) - 1
        if last:
            return len(actual) - pos >= len(chunk) and \
                (not chunk or actual[len(actual) - len(chunk):] == chunk)
        for p in range(pos, len(actual) - len(chunk) + 1):
            if actual[p:p + len(chunk)] == chunk:
                pos = p + len(chunk)
                break
        else:
            return False
    return True


def check(block):
    masks = block.opts['mask']
    exp = normalize(block.lines, masks)
    act = normalize(block.actual, masks)
    while act and not act[-1]:
        act.pop()
    while exp and not exp[-1]:
        exp.pop()
    if matches(exp, act):
        return None
    return ['replayed output differs (- document, + now):'] + [
        l for l in difflib.unified_diff(exp, act, lineterm='', n=2)][2:80]


# ------------------------------------------------------------- toolchain

def kernel_cc():
    """The compiler the Makefile builds the kernel with (its choice of
    cross prefix, and CROSS_COMPILE= from the environment)."""
    r = subprocess.run(['make', '-s', '--no-print-directory', '--eval',
                        'print-cc: ; @echo $(CC)', 'print-cc'], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return r.stdout.decode().strip() or 'aarch64-linux-gnu-gcc'


def toolchain():
    """{key: first line of the tool's --version, or "missing"}."""
    found = {}
    for key, _, _, cmd in TOOLS:
        try:
            r = subprocess.run([cmd or kernel_cc(), '--version'],
                               stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, timeout=60)
            line = r.stdout.decode('utf-8', 'replace').split('\n')[0]
        except (OSError, subprocess.TimeoutExpired):
            line = ''
        found[key] = line.strip() or 'missing'
    return found


def read_toolchain(path=TOOLCHAIN_FILE):
    """The recorded toolchain, {key: --version line}; {} without a file."""
    rec = {}
    try:
        for line in open(path):
            if line.strip() and not line.startswith('#'):
                k, _, v = line.strip().partition(' ')
                rec[k] = v.strip()
    except OSError:
        pass
    return rec


def write_toolchain(found, path=TOOLCHAIN_FILE):
    with open(path, 'w') as f:
        f.write('# The toolchain the transcripts in README.md and docs/*.md '
                'were recorded\n# with: the first line of each tool\'s '
                '--version. Written by\n# "python3 tests/docs_replay.py '
                '--update" (over all the docs); where\n# a machine\'s '
                'differ, tests/docs_replay.py skips transcripts that\n# '
                'differ instead of failing them.\n')
        for key, _, _, _ in TOOLS:
            f.write('%s %s\n' % (key, found.get(key, 'missing')))


def version(line, parts):
    """"12.2.0" of "aarch64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0", the
    first number after "version" or else the last one, cut to parts."""
    at = line.find('version')
    nums = re.findall(r'\b\d+(?:\.\d+)+', line[at:] if at >= 0 else line)
    if not nums:
        return line
    num = nums[0] if at >= 0 else nums[-1]
    return '.'.join(num.split('.')[:parts])


def toolchain_differs(recorded, found):
    """None when found is the recorded toolchain (gcc's version, QEMU's
    and GDB's major.minor), else the reason a differing transcript is
    skipped. Nothing recorded compares exactly, as a match would."""
    if not recorded:
        return None
    def show(tc, parts=None):
        return '/'.join('%s %s' % (name, version(tc.get(key, 'missing'),
                                                 parts or n))
                        for key, name, n, _ in TOOLS)
    same = all(version(recorded.get(k, 'missing'), n) ==
               version(found.get(k, 'missing'), n) for k, _, n, _ in TOOLS)
    if same:
        return None
    return 'recorded with %s; this machine has %s (CI checks it on the ' \
        'recorded toolchain)' % (show(recorded), show(found, 3))


def ran_badly(block):
    """Why a replay did not run cleanly, or None: the problems that fail a
    transcript on any toolchain."""
    if block.problem:
        return block.problem
    if getattr(block, 'errors', None):
        return block.errors
    seen = sum(1 for l in block.lines if CRASH.search(l))
    new = [l for l in block.actual or [] if CRASH.search(l)]
    if len(new) > seen:
        return ['the replay crashed where the document does not:'] + new[:5]
    return None


# ------------------------------------------------------------- console

def console_keys(block):
    """keys="a\\n;\\x03": keys typed as they are, escapes decoded."""
    return [k.encode().decode('unicode_escape')
            for k in block.opts['keys'].split(';')]


def console_cmds(block):
    if 'keys' in block.opts:
        return console_keys(block)
    if 'cmds' in block.opts:
        return [c.strip() for c in block.opts['cmds'].split(';') if c.strip()]
    return [l[len(PROMPT):].rstrip() for l in block.lines
            if l.startswith(PROMPT) and l[len(PROMPT):].strip()]


def run_console(blocks, log_dir):
    """One boot for a session's blocks; sets each block's actual text."""
    run = blocks[0].opts.get('run', 'make run')
    cmds = [c for b in blocks for c in console_cmds(b)]
    name = re.sub(r'[^A-Za-z0-9_.-]', '_', blocks[0].name)
    log = os.path.join(log_dir, 'docs-%s.log' % name)
    raw = 'keys' in blocks[0].opts
    text, marks, ok = tinymm_run.session(run, cmds, log, BOOT_TIMEOUT,
                                         raw=raw)
    if raw and ok:
        # from the prompt the first key went to, to the last key's effects
        start = text.rfind(PROMPT, 0, marks[0])
        blocks[0].actual = text[start:marks[-1]].rstrip().split('\n')
        return
    if not ok:
        for b in blocks:
            b.problem = ['the session did not finish (%d of %d commands '
                         'typed); log: %s' % (len(marks) - 1, len(cmds), log)
                         ] + text.split('\n')[-15:]
        return
    # a block runs from its first command's prompt (from the start of the
    # log for a boot block) to the prompt of the command after its last
    first = 0
    for b in blocks:
        n = len(console_cmds(b))
        boot = b is blocks[0] and b.lines and \
            not b.lines[0].startswith(PROMPT) and 'cmds' not in b.opts
        begin = 0 if boot else marks[first]
        if n:
            end = marks[first + n]
        else:
            end = text.find(PROMPT, begin)
            end = len(text) if end < 0 else end
        first += n
        b.actual = text[begin:end].rstrip('\n').split('\n')


# ------------------------------------------------------------- host commands

def run_sh(block):
    """Runs the block's commands; block.errors names those that failed
    (pipefail: the tool at the head of a pipe counts too)."""
    out, block.errors = [], []
    for line in block.lines:
        if not line.startswith('$ '):
            continue
        cmd = line[2:]
        r = subprocess.run(['bash', '-o', 'pipefail', '-c', cmd + ' 2>&1'],
                           cwd=ROOT, env=tinymm_run.user_env(),
                           stdout=subprocess.PIPE, timeout=900)
        if r.returncode:
            block.errors.append('"%s" exited with status %d'
                                % (cmd, r.returncode))
        out.append(line)
        text = r.stdout.decode('utf-8', 'replace').rstrip('\n')
        if text:
            out += text.split('\n')
    block.actual = out


def run_cmd(block):
    r = subprocess.run(['bash', '-c', block.opts['cmd'] + ' 2>&1'],
                       cwd=ROOT, env=tinymm_run.user_env(),
                       stdout=subprocess.PIPE, timeout=900)
    block.actual = r.stdout.decode('utf-8', 'replace').rstrip('\n').split(
        '\n')
    if r.returncode:
        block.problem = ['"%s" exited with status %d' % (block.opts['cmd'],
                                                          r.returncode)]


def check_excerpt(block):
    path = os.path.join(ROOT, block.opts['excerpt'])
    try:
        src = [l.strip() for l in open(path).read().split('\n')]
    except OSError as e:
        return ['cannot read %s: %s' % (block.opts['excerpt'], e)]
    runs = split_runs([l.strip() for l in block.lines if l.strip()])
    src_nb = [l for l in src if l]
    pos = 0
    for run in [r for r in runs if r]:
        for p in range(pos, len(src_nb) - len(run) + 1):
            if src_nb[p:p + len(run)] == run:
                pos = p + len(run)
                break
        else:
            return ['not found in %s (in this order):' %
                    block.opts['excerpt']] + run[:10]
    return None


# ------------------------------------------------------------- driver

def doc_files(paths):
    if paths:
        return [os.path.abspath(p) for p in paths]
    docs = os.path.join(ROOT, 'docs')
    return [os.path.join(ROOT, 'README.md')] + sorted(
        os.path.join(docs, f) for f in os.listdir(docs) if f.endswith('.md'))


def replay(paths=(), jobs=2, log_dir=None, other=None):
    """Returns [(name, status, details)], status PASS/FAIL/SKIP, and the
    blocks (for --update). other: the reason from toolchain_differs()
    (looked up when not given; "" compares exactly)."""
    if other is None:
        other = toolchain_differs(read_toolchain(), toolchain())
    log_dir = log_dir or tempfile.mkdtemp(prefix='docs-replay-')
    os.makedirs(log_dir, exist_ok=True)
    results, blocks = [], []
    for path in doc_files(paths):
        bl, errors = scan(path)
        blocks += bl
        results += [(n, 'FAIL', [e]) for n, e in errors]
    sessions, work = {}, []
    for b in blocks:
        k = b.kind()
        if k == 'console':
            key = (b.path, b.opts.get('session', '#%d' % b.line))
            if key not in sessions:
                sessions[key] = []
                work.append(('console', sessions[key]))
            sessions[key].append(b)
        elif k in ('sh', 'cmd'):
            work.append((k, b))
    def do(item):
        kind, what = item
        try:
            if kind == 'console':
                run_console(what, log_dir)
            elif kind == 'sh':
                run_sh(what)
            else:
                run_cmd(what)
        except Exception as e:  # noqa: BLE001 - becomes the blocks' failure
            for b in what if isinstance(what, list) else [what]:
                b.problem = ['%s: %s' % (type(e).__name__, e)]
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        list(pool.map(do, work))
    for b in blocks:
        k = b.kind()
        if k == 'skip':
            results.append((b.name, 'SKIP', [b.opts['skip']]))
            continue
        if k == 'excerpt':
            why = check_excerpt(b)
        else:
            why = b.problem or (check(b) if b.actual is not None else
                                ['not replayed'])
        results.append((b.name,) + verdict(b, why, other))
    return results, blocks


def verdict(block, why, other):
    """(status, details) of a replayed block: why is its difference or
    problem (None if it matched), other the toolchain reason or ""."""
    if not why:
        return 'PASS', []
    if other and block.kind() != 'excerpt':
        bad = ran_badly(block)
        if not bad:
            return 'SKIP', [other]
        if bad is not why:
            why = bad + why
    return 'FAIL', why


def refreshed(b):
    """The new text of a differing block, or None if it can't be redone
    mechanically. A whole block becomes the new output. In a block with
    "..." lines, each run of lines between them is replaced by as many
    lines of the new output, placed in order where they resemble the old
    runs most in all (the first run starts the output, the last ends it);
    if some run resembles nothing well enough, the block is left alone."""
    if b.problem or b.actual is None:
        return None
    runs = split_runs(b.lines)
    if len(runs) == 1:
        return b.actual
    act = b.actual
    # the placement of the runs, in order, that resembles them most in all
    # (a run placed greedily could take a later look-alike: "pages free 0"
    # of an empty zone instead of the populated one's)
    memo = {}

    def place(k, pos):
        """(total likeness, starts) for runs k.. placed at or after pos."""
        if k == len(runs):
            return 0.0, []
        if (k, pos) in memo:
            return memo[k, pos]
        n = len(runs[k])
        if k == 0:
            starts = [0]
        elif k == len(runs) - 1:
            starts = [len(act) - n]
        else:
            starts = range(pos, len(act) - n + 1)
        best = (-1.0, None)
        for p in starts:
            if p < pos or p + n > len(act):
                continue
            r = difflib.SequenceMatcher(None, '\n'.join(runs[k]),
                                        '\n'.join(act[p:p + n])).ratio() \
                if n else 1.0
            if r < 0.6:
                continue
            rest, at = place(k + 1, p + n)
            if rest >= 0 and r + rest > best[0]:
                best = (r + rest, [p] + at)
        memo[k, pos] = best
        return best
    total, starts = place(0, 0)
    if total < 0:
        return None
    out = []
    for k, (run, p) in enumerate(zip(runs, starts)):
        if k:
            out.append('...')
        out += act[p:p + len(run)]
    return out


def keep_masked(old, new, masks):
    """new, but where a line equals an old one after masking (a timestamp
    apart), the old line: an update changes only what really changed."""
    a, b = normalize(old, masks), normalize(new, masks)
    out = list(new)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, a, b, autojunk=False).get_opcodes():
        if tag == 'equal':
            out[j1:j2] = old[i1:i2]
    return out


def update(blocks):
    """Rewrite differing blocks in place; returns the names left alone."""
    left = []
    by_file = {}
    for b in blocks:
        if b.kind() in ('console', 'sh', 'cmd') and b.actual is not None \
                and check(b):
            new = refreshed(b)
            if new is None:
                left.append(b.name)
            else:
                new = keep_masked(b.lines, new, b.opts['mask'])
                by_file.setdefault(b.path, []).append((b, new))
    for path, bl in by_file.items():
        lines = open(path).read().split('\n')
        for b, new in sorted(bl, key=lambda x: -x[0].start):
            lines[b.start:b.end] = new
        with open(path, 'w') as f:
            f.write('\n'.join(lines))
    return left


def selftest():
    """The comparison and refresh rules on small made-up blocks."""
    def ok(cond, what):
        if not cond:
            raise AssertionError(what)
    a = ['x', 'y', 'z', 'w']
    ok(matches(a, a) and not matches(a, a[:3]), 'exact')
    ok(matches(['x', '...', 'w'], a), '... in the middle')
    ok(matches(['...', 'z', 'w'], a) and not matches(['...', 'y'], a),
       '... first: the rest ends the output')
    ok(matches(['x', '...'], a) and not matches(['y', '...'], a),
       '... last: the rest starts it')
    ok(not matches(['x', '...', 'q', '...'], a), 'a run that is not there')
    ok(normalize(['[    1.234567] hi  '], [NAMED_MASKS['time']]) ==
       ['# hi'], 'mask=time and trailing space')
    b = Block('t.md', 1, parse_opts('console mask=time'),
              ['tinymm> zoneinfo', '...', '  pages free     100', '...',
               'count: 5', '...'], 0, 0)
    b.actual = ['tinymm> zoneinfo', 'Node 0', '  pages free     14',
                'count: 7', 'Node 1', '  pages free     0']
    ok(refreshed(b) == ['tinymm> zoneinfo', '...', '  pages free     14',
                        '...', 'count: 7', '...'],
       'refresh places runs in order, not on a later look-alike: %r'
       % refreshed(b))
    ok(keep_masked(['[    1.000000] a', 'b'], ['[    2.000000] a', 'c'],
                   [NAMED_MASKS['time']]) == ['[    1.000000] a', 'c'],
       'update keeps lines that differ only in masked values')
    with tempfile.NamedTemporaryFile('w', suffix='.md', delete=False) as f:
        f.write('<!-- replay: console session=s mask=time -->\n```\n'
                'tinymm> help\n```\n\n```\ntinymm> oops\n```\n'
                '```c\nint x;\n```\n')
    blocks, errors = scan(f.name)
    os.unlink(f.name)
    ok(len(blocks) == 1 and blocks[0].opts['session'] == 's' and
       console_cmds(blocks[0]) == ['help'], 'directive read: %r' % blocks)
    ok(len(errors) == 1, 'a transcript without a directive is an error')
    toolchain_selftest(ok)
    print('docs_replay selftest: ok')
    return 0


def toolchain_selftest(ok):
    """The fingerprint: versions read, compared, and what a difference
    turns into."""
    deb = {'gcc': 'aarch64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0',
           'qemu': 'QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7)',
           'gdb': 'GNU gdb (Debian 13.1-3) 13.1'}
    noble = {'gcc': 'aarch64-linux-gnu-gcc (Ubuntu 13.3.0-6ubuntu2~24.04.1) '
                    '13.3.0',
             'qemu': 'QEMU emulator version 8.2.2 (Debian 1:8.2.2+ds-0ubuntu1.20)',
             'gdb': 'GNU gdb (Ubuntu 15.1-1ubuntu1~24.04.1) 15.1'}
    ok([version(deb[k], 3) for k in ('gcc', 'qemu', 'gdb')] ==
       ['12.2.0', '7.2.22', '13.1'] and version(
           'GNU gdb (Ubuntu 15.0.50.20240403-0ubuntu1) 15.0.50.20240403-git',
           3) == '15.0.50', 'versions read from --version lines')
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
        pass
    write_toolchain(deb, f.name)
    ok(read_toolchain(f.name) == deb, 'the record reads back')
    os.unlink(f.name)
    ok(toolchain_differs(deb, dict(deb)) is None, 'the same toolchain')
    ok(toolchain_differs(deb, dict(deb, qemu=deb['qemu'].replace(
        '7.2.22', '7.2.9'))) is None, "a QEMU point release is the same")
    ok(toolchain_differs({}, noble) is None, 'no record: exact')
    why = toolchain_differs(deb, noble)
    ok(why == 'recorded with gcc 12.2.0/QEMU 7.2/GDB 13.1; this machine has '
       'gcc 13.3.0/QEMU 8.2.2/GDB 15.1 (CI checks it on the recorded '
       'toolchain)', 'the reason: %r' % why)
    ok(toolchain_differs(deb, dict(deb, gdb='missing')), 'a missing tool')

    def replayed(kind, doc, now, **extra):
        b = Block('t.md', 1, parse_opts(kind), doc, 0, 0)
        b.actual = now
        for k, v in extra.items():
            setattr(b, k, v)
        return verdict(b, None if doc == now else ['differs'], why)[0]
    doc = ['  run_as_task+0xb0/0xd8']
    now = ['  run_as_task+0xb4/0xdc']
    ok(replayed('cmd="x"', doc, now) == 'SKIP', 'another toolchain: SKIP')
    ok(replayed('cmd="x"', doc, doc) == 'PASS', 'a match still passes')
    ok(replayed('sh', doc, now, errors=['"x" exited with status 2']) ==
       'FAIL', 'a command error fails')
    ok(replayed('cmd="x"', doc, now, problem=['timeout']) == 'FAIL',
       'a run that did not finish fails')
    ok(replayed('cmd="x"', doc, now + ['Kernel panic - not syncing']) ==
       'FAIL', 'a new crash fails')
    ok(replayed('cmd="x"', doc + ['Internal error: Oops'],
                now + ['Internal error: Oops']) == 'SKIP',
       'a crash the document shows is no new crash')
    ok(replayed('excerpt=x', doc, now) == 'FAIL', 'excerpts: any toolchain')
    b = Block('t.md', 1, parse_opts('cmd="x"'), doc, 0, 0)
    b.actual = now
    ok(verdict(b, ['differs'], '') == ('FAIL', ['differs']),
       'the recorded toolchain compares exactly')
    ok(summary([('a', 'PASS', []), ('b', 'SKIP', [why]),
                ('c', 'SKIP', ['no reason'])], why) ==
       '1 passed, 0 failed, 2 skipped (1 recorded with another toolchain)',
       'the summary counts the toolchain skips')


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('files', nargs='*')
    ap.add_argument('--update', action='store_true',
                    help='rewrite differing transcripts with the new output')
    ap.add_argument('--list', action='store_true',
                    help='list the transcripts and their kinds')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--selftest', action='store_true',
                    help='check the comparison rules themselves')
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest()
    if args.list:
        for path in doc_files(args.files):
            for b in scan(path)[0]:
                print('%-40s %s' % (b.name, b.kind()))
        return 0
    found = toolchain()
    other = '' if args.update else toolchain_differs(read_toolchain(), found)
    results, blocks = replay(args.files, args.jobs,
                             os.path.join(ROOT, 'build', 'test-logs'), other)
    if args.update:
        left = update(blocks)
        for n in left:
            print('not updated (has "..." or did not run): %s' % n)
        if not args.files:
            write_toolchain(found)
        elif toolchain_differs(read_toolchain(), found):
            print('%s left alone: the other files were recorded with it'
                  % os.path.relpath(TOOLCHAIN_FILE, ROOT))
    for name, status, why in results:
        if status == 'SKIP' and why == [other]:
            print('SKIP %s %s' % (name, other))
        elif status != 'PASS':
            print('%s %s' % (status, name))
            for w in why:
                print('    ' + w)
    print(summary(results, other))
    return 1 if any(r[1] == 'FAIL' for r in results) else 0


def summary(results, other):
    """"N passed, N failed[, N skipped (M recorded with another
    toolchain)]"."""
    n = {s: sum(1 for r in results if r[1] == s)
         for s in ('PASS', 'FAIL', 'SKIP')}
    line = '%d passed, %d failed' % (n['PASS'], n['FAIL'])
    if n['SKIP']:
        line += ', %d skipped' % n['SKIP']
        tc = sum(1 for r in results if r[1] == 'SKIP' and other and
                 r[2] == [other])
        if tc:
            line += ' (%d recorded with another toolchain)' % tc
    return line


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
