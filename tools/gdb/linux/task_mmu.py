# tools/gdb/linux/task_mmu.py - lx-maps <pid>: a task's VMAs in the format
# of /proc/<pid>/maps, read by GDB from mm->mmap.
# Linux has no such helper (scripts/gdb has lx-ps and lx-mounts; maps needs
# a running kernel); the text is that of show_map_vma() in
# fs/proc/task_mmu.c (the shell's maps command), so the two can be
# compared line by line: tests/gdb/proc.gdb does.
import gdb

from linux import tasks

# include/linux/mm.h
VM_READ = 0x1
VM_WRITE = 0x2
VM_EXEC = 0x4
VM_MAYSHARE = 0x80
PAGE_SHIFT = 12
# 25 + 6 * sizeof(void *) - 1: where seq_pad() pads the name to
MAPS_NAME_COLUMN = 25 + 8 * 6 - 1


def map_line(vma):
    mm = vma['vm_mm']
    start, end = int(vma['vm_start']), int(vma['vm_end'])
    flags = int(vma['vm_flags'])
    pgoff, dev, ino, name = 0, 0, 0, None
    if int(vma['vm_file']):
        # ramfs: no super_block (device 00:00), the inode holds the name
        inode = vma['vm_file']['f_inode']
        ino = int(inode['i_ino'])
        pgoff = int(vma['vm_pgoff']) << PAGE_SHIFT
        name = inode['i_name'].string()
    elif start <= int(mm['brk']) and end >= int(mm['start_brk']):
        name = '[heap]'
    elif start <= int(mm['start_stack']) and end >= int(mm['start_stack']):
        name = '[stack]'
    line = '%08x-%08x %s%s%s%s %08x %02x:%02x %d ' % (
        start, end,
        'r' if flags & VM_READ else '-',
        'w' if flags & VM_WRITE else '-',
        'x' if flags & VM_EXEC else '-',
        's' if flags & VM_MAYSHARE else 'p',
        pgoff, dev >> 20, dev & 0xfffff, ino)
    if name is not None:
        line = line.ljust(MAPS_NAME_COLUMN) + ' ' + name
    return line


def find_vma(mm, addr):
    """The VMA holding addr, or None (a walk of the list, where the kernel's
    find_vma() descends mm->mm_rb)."""
    vma = mm['mmap']
    while int(vma):
        if int(vma['vm_start']) <= addr < int(vma['vm_end']):
            return vma
        vma = vma['vm_next']
    return None


def maps_lines(mm):
    out = []
    vma = mm['mmap']
    while int(vma):
        out.append(map_line(vma))
        vma = vma['vm_next']
    return out


class LxMaps(gdb.Command):
    """Print a task's VMAs as /proc/<pid>/maps does: lx-maps <pid>
(no pid: the current task). A kernel thread has none."""

    def __init__(self):
        super(LxMaps, self).__init__('lx-maps', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        if len(argv) > 1:
            raise gdb.GdbError('usage: lx-maps [pid]')
        task = tasks.task_by_pid_or_current(argv[0] if argv else None)
        mm = task['mm']
        if not int(mm):
            return
        gdb.write(''.join(l + '\n' for l in maps_lines(mm)))


LxMaps()
