#!/usr/bin/env python3
"""tests/comment_check.py - words the tree's code and docs must not hold.

A comment explains the code beside it to a reader who has only this tree
and Linux's: it must not send them to material they lack (the course
notes, an issue tracker) and must be plain ASCII, which every terminal and
GDB prints. The docs name functions, never file:line, which moves with
every edit. Linux counterpart: a small part of scripts/checkpatch.pl.

  python3 tests/comment_check.py            every tracked file; exit 1 on a hit
  python3 tests/comment_check.py --selftest the patterns against samples
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CODE = re.compile(r'(\.(c|h|S|py|gdb|ld|sh)|(^|/)Makefile)$')
DOCS = re.compile(r'\.md$')
# (pattern, what is wrong), searched in code files, case-insensitive
WORDS = [
    (re.compile(r"\bthe notes\b|\bnotes'|\bnotes_", re.I),
     'cites the course notes, which a reader of the tree does not have'),
    (re.compile(r'\bissues?\b(?! (a|an|the)\b)', re.I),
     'cites an issue (tracker work), not the code'),
    (re.compile(r'\bseeds/', re.I), 'points into the course material'),
]
# Work still to come, in code and doc prose alike: "tinymm has no X yet",
# "for now". The tree says what it does; a missing mechanism is said as
# "Linux does X; we skip it because Y". A state that has not come about
# ("a page not read yet") and the conjunction ("..., yet it") stay allowed,
# and so does Linux's "CPU%u: failed to come online".
FUTURE = (re.compile(r"\b(no|none|nothing|neither|cannot|can't)\b[^.;:()]*?\byet\b"
                     r"|\bnot (built|implemented|supported|modell?ed|wired) yet\b"
                     r"|\bfor now\b|\buntil tinymm\b|\btinymm grows\b"
                     r"|\blater (issue|session)\b|\bto come\b(?! back| online)", re.I),
          'speaks of work yet to come; say what the code does now')
NON_ASCII = re.compile(r'[^\x00-\x7f]')
LINE_REF = re.compile(r'\b[\w/.-]+\.(c|h|S|py|gdb):\d+\b')


def code_problems(path, text):
    out = []
    for n, line in enumerate(text.split('\n'), 1):
        for pat, why in WORDS + [FUTURE]:
            if pat.search(line):
                out.append('%s:%d: %s: %s' % (path, n, why, line.strip()))
        if path.endswith(('.c', '.h', '.S')) and NON_ASCII.search(line):
            out.append('%s:%d: non-ASCII character: %s' % (path, n,
                                                            line.strip()))
    return out


def doc_problems(path, text):
    """file:line in prose; transcripts (fenced blocks) may show them."""
    out, fenced = [], False
    for n, line in enumerate(text.split('\n'), 1):
        if line.startswith('```'):
            fenced = not fenced
        elif not fenced and LINE_REF.search(line):
            out.append('%s:%d: names a line number, not a function: %s' %
                       (path, n, line.strip()))
        elif not fenced:
            out += ['%s:%d: %s: %s' % (path, n, why, line.strip())
                    for pat, why in WORDS + [FUTURE] if pat.search(line)]
    return out


def tracked():
    p = subprocess.run(['git', 'ls-files'], cwd=ROOT, stdout=subprocess.PIPE,
                       check=True)
    return [f for f in p.stdout.decode().split('\n')
            if f and not f.startswith('tests/fuzz/')]


def check_tree():
    out = []
    for f in tracked():
        path = os.path.join(ROOT, f)
        if not os.path.isfile(path):
            continue
        if CODE.search(f) and f != 'tests/comment_check.py':
            out += code_problems(f, open(path, errors='replace').read())
        elif DOCS.search(f):
            out += doc_problems(f, open(path, errors='replace').read())
    return out


def selftest():
    bad = [('a.c', ' * as the notes say'), ('a.c', ' * the NUMA issue adds it'),
           ('a.h', ' * the "\u51cf\u534a" split'), ('a.py', '# see seeds/03.md'),
           ('a.c', ' * tinymm has no swap yet, so'), ('a.S', '// CPU 0 only, for now'),
           ('a.c', ' * (no timer yet)')]
    good = [('a.c', ' * the CPU may issue a DSB here'), ('a.c', ' * notes: none'),
            ('a.c', ' * a page not yet cached'), ('a.c', ' * private, yet shared'),
            ('a.c', ' * objects to come back'),
            ('a.c', '\tpr_crit("CPU%u: failed to come online\\n", cpu);'),
            ('a.py', '# caf\u00e9 in a Python string is allowed')]
    ok = all(code_problems(p, t) for p, t in bad) and \
        not any(code_problems(p, t) for p, t in good) and \
        doc_problems('d.md', 'see mm/slab.c:120') and \
        doc_problems('d.md', 'Only CPU 0 runs for now.') and \
        doc_problems('d.md', 'the notes\' worked example') and \
        not doc_problems('d.md', '```\nat mm/slab.c:120\n```')
    print('selftest: %s' % ('ok' if ok else 'FAILED'))
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--selftest', action='store_true')
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    problems = check_tree()
    for p in problems:
        print(p)
    print('%d problem%s' % (len(problems), '' if len(problems) == 1 else 's'))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
