# tools/gdb/linux/tasks.py - tasks seen from GDB: lx-ps, and the helpers
# the other commands use to find a task (by pid, or current; the current
# task and $lx_current() are cpus.py's, as in Linux).
# Linux counterpart: scripts/gdb/linux/tasks.py (lx-ps, task_lists,
# get_task_by_pid).
# Linux walks each thread group too; tinymm has no threads, so the
# init_task.tasks list is every task.
import gdb

from linux import cpus, utils


def container_of(ptr, typename, member):
    """The struct holding the member ptr points at."""
    t = gdb.lookup_type(typename)
    off = int(gdb.parse_and_eval('(unsigned long)&((%s *)0)->%s'
                                 % (typename, member)))
    return gdb.Value(int(ptr) - off).cast(t.pointer())


def task_lists():
    """init_task, then every task on its tasks list (for_each_process
    without init_task, as Linux's task_lists() also yields it first)."""
    init = utils.value('init_task').address
    task = init
    while True:
        yield task
        task = container_of(task['tasks']['next'], 'struct task_struct',
                            'tasks')
        if int(task) == int(init):
            return


def find_task_by_pid(pid):
    for task in task_lists():
        if int(task['pid']) == pid:
            return task
    return None


def task_of_mm(mm):
    """The task whose address space mm is (None for init_mm/none)."""
    for task in task_lists():
        if int(task['mm']) == int(mm):
            return task
    return None


def current_task():
    """The task running on the selected thread's CPU (cpus.py's
    get_current_task()), or None."""
    return cpus.get_current_task()


def task_by_pid_or_current(pid_arg=None):
    """The task a command names by pid, or the current one if none is
    given; gdb.GdbError if there is no such task."""
    if pid_arg is not None:
        task = find_task_by_pid(int(pid_arg, 0))
        if task is None:
            raise gdb.GdbError('no process with pid %s' % pid_arg)
        return task
    task = current_task()
    if task is None:
        raise gdb.GdbError('no current task known: give a pid')
    return task


class LxPs(gdb.Command):
    """List every task: "0x<task_struct address> <pid> <comm>", init_task
first (Linux's lx-ps)."""

    def __init__(self):
        super(LxPs, self).__init__('lx-ps', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        for task in task_lists():
            gdb.write('0x%x %d %s\n' % (int(task), int(task['pid']),
                                        task['comm'].string()))


LxPs()
