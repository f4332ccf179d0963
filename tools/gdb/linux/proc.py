# tools/gdb/linux/proc.py - lx-version and lx-cmdline.
# Linux counterpart: scripts/gdb/linux/proc.py (same command names; Linux's
# file also has lx-iomem, lx-meminfo, lx-mounts, which tinymm lacks).
import gdb

from linux import utils


class LxVersion(gdb.Command):
    """Print the kernel's banner (linux_banner), as /proc/version does."""

    def __init__(self):
        super(LxVersion, self).__init__('lx-version', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        # As a pointer: where only the extern declaration is in scope the
        # array has no size, and gdb would read it as empty.
        banner = utils.value('(char *)linux_banner').string()
        gdb.write(banner if banner.endswith('\n') else banner + '\n')


class LxCmdLine(gdb.Command):
    """Print the kernel command line (saved_command_line), as
/proc/cmdline does."""

    def __init__(self):
        super(LxCmdLine, self).__init__('lx-cmdline', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        ptr = utils.value('saved_command_line')
        gdb.write((ptr.string() if int(ptr) else '') + '\n')


LxVersion()
LxCmdLine()
