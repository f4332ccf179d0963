#!/usr/bin/env python3
"""tools/memmap.py - a picture of physical memory: the text of the shell's
`pageblocks` command (or GDB's lx-pageblocks) drawn as a PNG, one cell per
2 MB pageblock.

What it teaches: the migrate types of chapter 03 and the reserved ranges of
chapters 01 and 02 as a map. Each cell is a pageblock, in pfn order, left
to right and top to bottom; its colour is the pageblock's migrate type, in
Linux's names; a pale cell is free, a deep one is in use (the share of its
512 pages on the buddy free lists); hatching marks what memblock kept: the
kernel image, the device tree, mem_map, other reservations; holes are
hatched too. Heavy lines are zone boundaries.

Linux counterpart: none. The text is tinymm's
(tinymm/shell/pageblock_shell.c); on a real machine /proc/pagetypeinfo and
tools/mm/page-types give the numbers without the picture.

Usage:
  python3 tools/memmap.py log.txt -o memmap.png   text from a file (a whole
                                                  console log will do)
  ... | python3 tools/memmap.py -o memmap.png     or from stdin
  python3 tools/memmap.py --boot [--mem 1G] [--bootargs 'ktest=antifrag']
          [--cmd 'alloc 9'] -o build/memmap.png   boot QEMU, type the --cmd
                                                  lines, then pageblocks
  python3 tools/memmap.py --selftest              the parser's own tests

The input may hold other output around the table (timestamps, prompts,
other commands); the last table in it is drawn. --text FILE keeps the text
a boot printed; --cells FILE writes, as JSON, where each cell was drawn and
in which colour, for tests/run_tests.py to check against the PNG.

Simplified: the picture is drawn with the Agg backend only (no window); a
block shared by two zones (a zone edge inside a pageblock; QEMU's memory
has none) is drawn once, by its first line.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROMPT = 'tinymm> '

# ---------------------------------------------------------------- the text

TIMESTAMP = re.compile(r'^\[\s*\d+\.\d+\]\s?')
HEADER = re.compile(r'^\s*pfn\s+node\s+zone\s+migratetype\s+free\s+rsvd\s+flags$')
ROW = re.compile(r'^(0x[0-9a-f]+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+'
                 r'([K-][D-][M-][R-][H-])$')
FLAGS = 'KDMRH'
FLAG_NAMES = {
    'K': 'kernel image',
    'D': 'device tree (DTB)',
    'M': 'mem_map',
    'R': 'other memblock.reserved',
    'H': 'hole (not RAM)',
}
# enum migratetype, in Linux's order and names (migratetype_names[])
MIGRATE_TYPES = ['Unmovable', 'Movable', 'Reclaimable', 'HighAtomic',
                 'Isolate']


class Block:
    def __init__(self, pfn, node, zone, mt, free, rsvd, flags):
        self.pfn, self.node, self.zone, self.mt = pfn, node, zone, mt
        self.free, self.rsvd, self.flags = free, rsvd, flags

    def __repr__(self):
        return 'Block(%#x %d %s %s %d %d %s)' % (
            self.pfn, self.node, self.zone, self.mt, self.free, self.rsvd,
            self.flags)


class Table:
    """One pageblocks text: the pageblock size and the blocks, by pfn."""

    def __init__(self, order, blocks):
        self.order, self.blocks = order, blocks
        self.pages = 1 << order

    def zones(self):
        """(node, zone name, first pfn, pfn after the last block), in
        order of first appearance."""
        out = []
        for b in self.blocks:
            if out and tuple(out[-1][:2]) == (b.node, b.zone):
                out[-1][3] = b.pfn + self.pages
            else:
                out.append([b.node, b.zone, b.pfn, b.pfn + self.pages])
        return [tuple(z) for z in out]


class ParseError(Exception):
    pass


def clean(line):
    """A console line without the printk stamp, CR or trailing blanks;
    text typed after a prompt keeps only what follows the prompt."""
    line = TIMESTAMP.sub('', line.rstrip('\r\n').replace('\r', '')).rstrip()
    if PROMPT in line:
        line = line.split(PROMPT)[-1]
    return line


def parse(text):
    """The last pageblocks table in text, as a Table."""
    lines = [clean(l) for l in text.split('\n')]
    starts = [i for i, l in enumerate(lines)
              if l.startswith('Page block order:')]
    if not starts:
        raise ParseError('no "Page block order:" line: not pageblocks output')
    i = starts[-1]
    m = re.match(r'Page block order: (\d+)$', lines[i])
    if not m:
        raise ParseError('bad line: %r' % lines[i])
    order = int(m.group(1))
    m = re.match(r'Pages per block:\s+(\d+)$', lines[i + 1]
                 if i + 1 < len(lines) else '')
    if not m or int(m.group(1)) != 1 << order:
        raise ParseError('"Pages per block:" missing or not 2^order')
    i += 2
    while i < len(lines) and not lines[i]:
        i += 1
    if i >= len(lines) or not HEADER.match(lines[i]):
        raise ParseError('no column header after "Pages per block:"')
    blocks = []
    for line in lines[i + 1:]:
        m = ROW.match(line)
        if not m and line.startswith('0x'):
            raise ParseError('garbled line: %r' % line)
        if not m:
            break
        pfn = int(m.group(1), 16)
        if pfn % (1 << order):
            raise ParseError('pfn %#x is not a pageblock start' % pfn)
        if blocks and pfn < blocks[-1].pfn:
            raise ParseError('pfn %#x after %#x: not in pfn order' %
                             (pfn, blocks[-1].pfn))
        blocks.append(Block(pfn, int(m.group(2)), m.group(3), m.group(4),
                            int(m.group(5)), int(m.group(6)), m.group(7)))
    if not blocks:
        raise ParseError('a header but no pageblock lines')
    return Table(order, blocks)


# ---------------------------------------------------------------- the picture

# One hue per migrate type; the cell is this colour when its pageblock is
# fully in use and fades towards white as its pages are free.
COLOURS = {
    'Unmovable': (0.84, 0.15, 0.16),
    'Movable': (0.12, 0.47, 0.71),
    'Reclaimable': (1.00, 0.50, 0.05),
    'HighAtomic': (0.58, 0.40, 0.74),
    'Isolate': (0.45, 0.45, 0.45),
    'Unknown': (0.0, 0.0, 0.0),
}
FADE = 0.8          # a wholly free block keeps 1 - FADE of its colour
HATCHES = {'K': '////', 'D': '\\\\\\\\', 'M': 'xxx', 'R': '...', 'H': '||'}
ZONE_LINE = (0.0, 0.0, 0.0)
GRID_PX = 1024      # width of the grid of cells, in pixels
LEFT_PX, RIGHT_PX, TOP_PX = 190, 190, 80
LEGEND_PX = 150
DPI = 100


def cell_colour(mt, free_fraction):
    """The fill of a cell: its type's colour, faded by the free share."""
    base = COLOURS.get(mt, COLOURS['Unknown'])
    f = FADE * min(max(free_fraction, 0.0), 1.0)
    return tuple(c * (1 - f) + f for c in base)


def hatch_colour(fill):
    """Dark lines on a pale cell, light ones on a deep cell."""
    luma = 0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2]
    return (0.1, 0.1, 0.1) if luma > 0.45 else (0.95, 0.95, 0.95)


def to_rgb8(colour):
    return [int(round(c * 255)) for c in colour]


def columns_for(ncells):
    return 32 if ncells <= 1024 else 64


def geometry(table, cols=None):
    """cols, rows, cell size and picture size in pixels: all fixed by the
    number of pageblocks, so a test knows the size to expect."""
    first = table.blocks[0].pfn
    ncells = (table.blocks[-1].pfn - first) // table.pages + 1
    cols = cols or columns_for(ncells)
    rows = (ncells + cols - 1) // cols
    cell = GRID_PX // cols
    width = LEFT_PX + cols * cell + RIGHT_PX
    height = TOP_PX + rows * cell + LEGEND_PX
    return cols, rows, cell, width, height


def human(nbytes):
    for unit, shift in (('GiB', 30), ('MiB', 20), ('KiB', 10)):
        if nbytes >= 1 << shift and nbytes % (1 << shift) == 0:
            return '%d %s' % (nbytes >> shift, unit)
    return '%d bytes' % nbytes


def default_title(table):
    size = len(table.blocks) * table.pages * 4096
    zones = ', '.join('%s (node %d)' % (z, n) for n, z, _, _ in table.zones())
    holes = sum('H' in b.flags for b in table.blocks)
    return ('Physical memory: %s in %d pageblocks of %s%s - zones: %s' % (
        human(size), len(table.blocks), human(table.pages * 4096),
        ', %d with holes' % holes if holes else '', zones))


def need_matplotlib():
    """matplotlib, for Agg. Debian's python3-matplotlib serves
    /usr/bin/python3; when the python3 running this (pyenv, a venv) lacks
    it, run this script again under that one."""
    try:
        import matplotlib
    except ImportError:
        debian = '/usr/bin/python3'
        if os.path.exists(debian) and \
                os.path.realpath(sys.executable) != os.path.realpath(debian):
            os.execv(debian, [debian, os.path.abspath(__file__)] +
                     sys.argv[1:])
        sys.exit('memmap: matplotlib is missing: run tools/install-deps.sh '
                 '(Debian: python3-matplotlib)')
    matplotlib.use('Agg')
    return matplotlib


def render(table, out, title=None, subtitle=None, cols=None):
    """Draw the table into the PNG out; returns the cells drawn, each
    {pfn, x, y (its centre, in pixels from the top left), rgb, mt, free,
    flags}."""
    matplotlib = need_matplotlib()
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    cols, rows, cell, width, height = geometry(table, cols)
    matplotlib.rcParams['hatch.linewidth'] = 0.7
    fig = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    ax = fig.add_axes([LEFT_PX / width, LEGEND_PX / height,
                       cols * cell / width, rows * cell / height])
    ax.set_xlim(0, cols)
    ax.set_ylim(rows, 0)
    ax.set_axis_off()

    first = table.blocks[0].pfn
    where = {}
    for b in table.blocks:
        i = (b.pfn - first) // table.pages
        if i in where:
            continue
        where[i] = b
    cells = []
    for i, b in sorted(where.items()):
        r, c = divmod(i, cols)
        colour = cell_colour(b.mt, b.free / table.pages)
        ax.add_patch(Rectangle((c, r), 1, 1, facecolor=colour,
                               edgecolor='white', linewidth=0.5))
        hatch = ''.join(HATCHES[f] for f in FLAGS if f in b.flags)
        if hatch:
            ax.add_patch(Rectangle((c, r), 1, 1, fill=False, hatch=hatch,
                                   edgecolor=hatch_colour(colour),
                                   linewidth=0))
        cells.append((b, r, c, colour))

    # zone boundaries: between neighbours (right, below) of different zones
    zone_of = dict((i, (b.node, b.zone)) for i, b in where.items())
    for i, z in zone_of.items():
        r, c = divmod(i, cols)
        if c + 1 < cols and zone_of.get(i + 1, z) != z:
            ax.plot([c + 1, c + 1], [r, r + 1], color=ZONE_LINE, lw=2.5,
                    solid_capstyle='butt')
        if zone_of.get(i + cols, z) != z:
            ax.plot([c, c + 1], [r + 1, r + 1], color=ZONE_LINE, lw=2.5,
                    solid_capstyle='butt')
    ax.add_patch(Rectangle((0, 0), cols, rows, fill=False,
                           edgecolor=ZONE_LINE, linewidth=1))

    # rows: the pfn and physical address each one starts at
    step = 1 if cell >= 16 else 2
    for r in range(0, rows, step):
        pfn = first + r * cols * table.pages
        ax.text(-0.3, r + 0.5, '%#x  pfn %#x' % (pfn << 12, pfn),
                ha='right', va='center', family='monospace',
                fontsize=8 if cell >= 16 else 7)
    # where each zone starts
    for node, zone, start, _ in table.zones():
        r = ((start - first) // table.pages) // cols
        ax.text(cols + 0.3, r + 0.5, '%s, node %d\nfrom pfn %#x' % (
            zone, node, start), ha='left', va='center', fontsize=8,
            weight='bold')

    fig.text(0.5, 1 - 28 / height, title or default_title(table),
             ha='center', va='center', fontsize=12, weight='bold')
    fig.text(0.5, 1 - 54 / height, subtitle or
             'one cell = one pageblock of %d pages, %d per row; colour = '
             'migrate type, pale = free' % (table.pages, cols),
             ha='center', va='center', fontsize=9)

    # legend: types, free shading, flags, zone line
    types = [Patch(facecolor=cell_colour(t, 0), edgecolor='none', label=t)
             for t in MIGRATE_TYPES]
    shades = [Patch(facecolor=cell_colour('Movable', f), edgecolor='grey',
                    linewidth=0.5, label='%d%% free' % (f * 100))
              for f in (0, 0.5, 1)]
    marks = [Patch(facecolor='white', edgecolor=(0.1, 0.1, 0.1), linewidth=0,
                   hatch=HATCHES[f], label='%s %s' % (f, FLAG_NAMES[f]))
             for f in FLAGS]
    line = [Line2D([0], [0], color=ZONE_LINE, lw=2.5, label='zone boundary')]
    legend_ax = fig.add_axes([0.02, 0.0, 0.96, (LEGEND_PX - 20) / height])
    legend_ax.set_axis_off()
    for handles, x, title_ in ((types, 0.0, 'migrate type (in use)'),
                               (shades, 0.25, 'share of pages free'),
                               (marks, 0.47, 'memblock.reserved, holes'),
                               (line, 0.80, 'zones')):
        legend_ax.add_artist(legend_ax.legend(
            handles=handles, loc='upper left', bbox_to_anchor=(x, 1.0),
            fontsize=8, title=title_, title_fontsize=8, frameon=False,
            handlelength=2.2, handleheight=1.4))
    legend_ax.legend_ = None    # each one drawn once, as an artist

    fig.savefig(out, dpi=DPI)
    fig.canvas.draw()
    drawn = []
    for b, r, c, colour in cells:
        x, y = ax.transData.transform((c + 0.5, r + 0.5))
        drawn.append({'pfn': b.pfn, 'x': int(x), 'y': int(height - y),
                      'cell': cell, 'rgb': to_rgb8(colour), 'mt': b.mt,
                      'free': b.free, 'flags': b.flags})
    plt.close(fig)
    return drawn


# ---------------------------------------------------------------- a boot

def boot(args):
    """Boot QEMU as make run does, type each --cmd and pageblocks at a
    prompt, power off; returns the console text."""
    image = os.path.join(args.build, 'Image')
    if not os.path.exists(image):
        sys.exit('memmap: %s is missing: run make first' % image)
    cmd = ['qemu-system-aarch64', '-machine', 'virt', '-nic', 'none',
           '-cpu', args.cpu, '-m', args.mem, '-smp', '1', '-display', 'none',
           '-monitor', 'none', '-serial', 'stdio', '-semihosting',
           '-no-reboot', '-kernel', image, '-append', args.bootargs]
    cmds = list(args.cmd) + ['pageblocks', 'poweroff']
    # QEMU writes the console to a file of its own; reading it through a
    # second open() leaves QEMU's file offset alone
    fd, path = tempfile.mkstemp(prefix='memmap-', suffix='.log')
    os.close(fd)
    try:
        with open(path, 'wb') as log:
            qemu = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=log,
                                    stderr=subprocess.STDOUT)
        deadline = time.time() + args.timeout
        sent = 0
        # one command per prompt: input typed earlier may be lost while
        # the UART driver resets its FIFO
        while sent < len(cmds) and qemu.poll() is None and \
                time.time() < deadline:
            with open(path, 'rb') as log:
                prompts = log.read().count(PROMPT.encode())
            if prompts > sent:
                qemu.stdin.write((cmds[sent] + '\n').encode())
                qemu.stdin.flush()
                sent += 1
            else:
                time.sleep(0.05)
        try:
            qemu.wait(max(1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            qemu.kill()
            qemu.wait()
        with open(path, 'rb') as log:
            text = log.read().decode('utf-8', 'replace')
    finally:
        os.remove(path)
    if sent < len(cmds):
        sys.exit('memmap: the boot gave no prompt for %r; its last lines:\n%s'
                 % (cmds[sent], '\n'.join(text.splitlines()[-20:])))
    return text


# ---------------------------------------------------------------- self-test

SAMPLE = """\
[    0.012345] Booting tinymm
tinymm> pageblocks
Page block order: 9
Pages per block:  512

       pfn node zone     migratetype   free  rsvd flags
0x00000200    0 DMA32    Movable          1     0 -----
tinymm> pageblocks
Page block order: 9
Pages per block:  512

       pfn node zone     migratetype   free  rsvd flags
0x00040000    0 DMA32    Movable        512     0 -----
0x00040200    0 DMA32    Movable        215   297 K----
0x00040400    0 DMA32    Unmovable      376     0 -----
0x00040800    0 DMA32    Reclaimable      0     5 --MRH
0x00040a00    0 Normal   HighAtomic     100     0 ----H
0x00040c00    1 Normal   Isolate          0   512 -D---
tinymm> poweroff
"""


def selftest():
    failures = []

    def check(what, ok):
        if not ok:
            failures.append(what)

    t = parse(SAMPLE)
    check('the last table is taken', t.blocks[0].pfn == 0x40000)
    check('six blocks', len(t.blocks) == 6)
    check('order 9', t.order == 9 and t.pages == 512)
    b = t.blocks[1]
    check('fields of a row', (b.node, b.zone, b.mt, b.free, b.rsvd, b.flags)
          == (0, 'DMA32', 'Movable', 215, 297, 'K----'))
    check('flags kept', t.blocks[3].flags == '--MRH')
    check('zones in order', t.zones() == [(0, 'DMA32', 0x40000, 0x40a00),
                                          (0, 'Normal', 0x40a00, 0x40c00),
                                          (1, 'Normal', 0x40c00, 0x40e00)])
    stamped = '\n'.join('[    1.000000] ' + l for l in SAMPLE.split('\n'))
    check('timestamps ignored', len(parse(stamped).blocks) == 6)
    check('CRLF ignored', len(parse(SAMPLE.replace('\n', '\r\n')).blocks) == 6)
    cols, rows, cell, width, height = geometry(t)
    check('a gap (0x40600) keeps its cell', (cols, rows) == (32, 1))
    check('picture size', (width, height) == (
        LEFT_PX + 32 * 32 + RIGHT_PX, TOP_PX + 32 + LEGEND_PX))
    check('64 columns past 1024 cells', columns_for(1025) == 64)
    check('in use: the full colour',
          cell_colour('Movable', 0) == COLOURS['Movable'])
    pale = cell_colour('Movable', 1)
    check('free: paler', all(p > c for p, c in zip(pale,
                                                    COLOURS['Movable'])))
    check('types differ', len(set(tuple(to_rgb8(cell_colour(m, 0)))
                                  for m in MIGRATE_TYPES)) == 5)
    for bad, why in ((SAMPLE.replace('0x00040400', '0x00040401'),
                      'unaligned pfn'),
                     (SAMPLE.replace('0x00040400', '0x00030000'),
                      'pfns out of order'),
                     (SAMPLE.replace('Pages per block:  512',
                                     'Pages per block:  500'), 'bad size'),
                     ('nothing here', 'no table'),
                     (SAMPLE.replace('DMA32    Unmovable', 'DMA3ble'),
                      'a garbled line'),
                     (SAMPLE.split('0x00040000')[0], 'no rows')):
        try:
            parse(bad)
            failures.append('accepted: ' + why)
        except ParseError:
            pass
    for f in failures:
        print('memmap selftest: FAIL %s' % f)
    print('memmap selftest: %s' % ('ok' if not failures else 'failed'))
    return 0 if not failures else 1


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(
        description=__doc__.split('\n')[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__[__doc__.index('Usage:'):])
    ap.add_argument('input', nargs='?', default='-',
                    help='pageblocks text or a console log (default: stdin)')
    ap.add_argument('-o', '--output', default='memmap.png')
    ap.add_argument('--title', help='replaces the title line')
    ap.add_argument('--subtitle', help='replaces the line under the title')
    ap.add_argument('--cols', type=int, help='cells per row (default 32, '
                    '64 past 1024 pageblocks)')
    ap.add_argument('--cells', metavar='FILE',
                    help='also write the cells drawn, as JSON')
    ap.add_argument('--boot', action='store_true',
                    help='boot QEMU and run pageblocks instead of reading')
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--mem', default='1G')
    ap.add_argument('--cpu', default='cortex-a72')
    ap.add_argument('--bootargs', default='')
    ap.add_argument('--cmd', action='append', default=[],
                    help='a shell command to type before pageblocks '
                    '(repeatable)')
    ap.add_argument('--text', metavar='FILE',
                    help='with --boot: keep the console text here')
    ap.add_argument('--timeout', type=int, default=120)
    ap.add_argument('--selftest', action='store_true')
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    need_matplotlib()
    if args.boot:
        text = boot(args)
        if args.text:
            with open(args.text, 'w') as f:
                f.write(text)
    elif args.input == '-':
        text = sys.stdin.read()
    else:
        with open(args.input, errors='replace') as f:
            text = f.read()
    try:
        table = parse(text)
    except ParseError as e:
        sys.exit('memmap: %s' % e)
    cells = render(table, args.output, args.title, args.subtitle, args.cols)
    if args.cells:
        with open(args.cells, 'w') as f:
            json.dump(cells, f)
    cols, rows, cell, width, height = geometry(table, args.cols)
    print('memmap: %s: %d pageblocks, %dx%d pixels' % (
        args.output, len(table.blocks), width, height))
    return 0


if __name__ == '__main__':
    sys.exit(main())
