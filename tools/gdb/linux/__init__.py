# tools/gdb/linux - tinymm's GDB helpers; see tools/gdb/vmlinux-gdb.py.
