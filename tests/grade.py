#!/usr/bin/env python3
"""tests/grade.py - check the answers to the chapters' exercises (make grade).

As xv6's `make grade`: every exercise in docs/*.md whose answer is a value
(a number of pages, a pfn, a zone's name...) says how tinymm itself shows
that value, in a directive beside the question:

  <!-- grade: 02.1 run="make run MEM=2G" cmds="zones" pick="DMA32 +(\\d+)" -->

run= boots as a reader would (default "make run"), cmds= are typed at the
prompt (";" between them), and the first group of pick= (a regex, searched
in the commands' output, multi-line) is the right answer; cmd= instead runs
a host command and picks from its output. The chapter's Answers section
states the answer after a marker, checked the same way:

  <!-- answer: 02.1 --> **258159**     (the first word after the marker)

  make grade                        every exercise, against answers.txt
  make grade ANSWERS=my.txt         ... against another file
  python3 tests/grade.py --docs     the docs' own answers (make test runs it)

answers.txt has one "ID VALUE" per line ("02.1 258159"); # starts a comment.
"""
import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
import tinymm_run  # noqa: E402
import docs_replay  # noqa: E402

GRADE = re.compile(r'<!--\s*grade:\s*(\S+)(.*?)-->', re.S)
ANSWER = re.compile(r'<!--\s*answer:\s*(\S+)\s*-->\W*([^\s*`]+)')


def exercises(paths=None):
    """{id: (file, options)} and {id: the docs' stated answer}."""
    docs = os.path.join(ROOT, 'docs')
    paths = paths or sorted(os.path.join(docs, f) for f in os.listdir(docs)
                            if f.endswith('.md'))
    ex, stated = {}, {}
    for path in paths:
        text = open(path).read()
        for m in GRADE.finditer(text):
            opts = dict(t.split('=', 1) for t in shlex.split(m.group(2)))
            ex[m.group(1)] = (os.path.relpath(path, ROOT), opts)
        for m in ANSWER.finditer(text):
            stated[m.group(1)] = m.group(2)
    return ex, stated


def compute(opts, log_dir):
    """The right answer, from a real run; (value, None) or (None, why)."""
    if 'cmd' in opts:
        r = subprocess.run(['bash', '-c', opts['cmd'] + ' 2>&1'], cwd=ROOT,
                           env=tinymm_run.user_env(),
                           stdout=subprocess.PIPE, timeout=600)
        out = r.stdout.decode('utf-8', 'replace')
    else:
        cmds = [c.strip() for c in opts.get('cmds', '').split(';')
                if c.strip()]
        log = tempfile.NamedTemporaryFile(dir=log_dir, prefix='grade-',
                                          suffix='.log', delete=False).name
        text, marks, ok = tinymm_run.session(opts.get('run', 'make run'),
                                             cmds, log)
        if not ok:
            return None, 'the run did not finish; log: %s' % log
        out = ''.join(tinymm_run.outputs(text, marks))
    m = re.search(opts['pick'], out, re.M)
    if not m:
        return None, 'pick=%r matches nothing in:\n%s' % (opts['pick'],
                                                          out[-2000:])
    return m.group(1), None


def grade(answers, jobs=2, log_dir=None, paths=None, other=''):
    """[(id, status, details)] for every exercise; answers maps id->value
    (missing: the exercise is unanswered). other: for the docs' stated
    answers, the reason from docs_replay.toolchain_differs() when this
    machine's toolchain is not the one they were recorded with; a wrong
    answer is then SKIP with it (a run that fails still fails)."""
    ex, _ = exercises(paths)
    log_dir = log_dir or tempfile.mkdtemp(prefix='grade-')
    os.makedirs(log_dir, exist_ok=True)
    ids = sorted(ex)
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        got = list(pool.map(lambda i: compute(ex[i][1], log_dir), ids))
    res = []
    for i, (value, why) in zip(ids, got):
        where = '%s, exercise %s' % (ex[i][0], i)
        if why:
            res.append((i, 'FAIL', [where + ': ' + why]))
        elif i not in answers:
            res.append((i, 'SKIP', [where + ': no answer given']))
        elif answers[i] != value and other:
            res.append((i, 'SKIP', [other]))
        elif answers[i] != value:
            res.append((i, 'FAIL', ['%s: answer %s, tinymm shows %s'
                                    % (where, answers[i], value)]))
        else:
            res.append((i, 'PASS', []))
    return res


def read_answers(path):
    ans = {}
    for line in open(path):
        line = line.split('#', 1)[0].split()
        if len(line) >= 2:
            ans[line[0]] = line[1]
    return ans


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--answers', default=os.path.join(ROOT, 'answers.txt'))
    ap.add_argument('--docs', action='store_true',
                    help="grade the docs' own answers (a test of the docs)")
    ap.add_argument('--jobs', type=int, default=2)
    args = ap.parse_args(argv)
    other = ''
    if args.docs:
        other = docs_replay.toolchain_differs(docs_replay.read_toolchain(),
                                              docs_replay.toolchain()) or ''
        ex, answers = exercises()
        missing = sorted(set(ex) - set(answers))
        for i in missing:
            print('FAIL %s: the chapter states no answer' % i)
    else:
        missing = []
        answers = read_answers(args.answers) if os.path.exists(
            args.answers) else {}
    res = grade(answers, args.jobs, os.path.join(ROOT, 'build', 'test-logs'),
                other=other)
    for i, status, why in res:
        if other and why == [other]:
            print('SKIP %s %s' % (i, other))
            continue
        print('%-4s %s' % (status, i))
        for w in why:
            print('    ' + w)
    passed = sum(1 for r in res if r[1] == 'PASS')
    failed = sum(1 for r in res if r[1] == 'FAIL') + len(missing)
    print('score: %d/%d' % (passed, len(res)))
    tc = sum(1 for r in res if other and r[2] == [other])
    print('%d passed, %d failed%s' % (passed, failed, ', %d skipped (recorded '
                                      'with another toolchain)' % tc
                                      if tc else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
