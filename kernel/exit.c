// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/exit.c - ending the current (pseudo-)task after an oops.
 * Linux: kernel/exit.c make_task_dead(). See include/linux/sched.h for why
 * tinymm's tasks are saved contexts for now.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/setjmp.h>

struct task_frame {
	struct arch_jmp_buf jb;
	struct task_frame *prev;
	const char *comm;
	int pid;
};

static struct task_frame *current_task;
static int last_pid;

const char *current_comm(void)
{
	return current_task ? current_task->comm : "swapper/0";
}

int current_pid(void)
{
	return current_task ? current_task->pid : 0;
}

bool run_as_task(const char *comm, void (*fn)(void *), void *arg)
{
	struct task_frame frame = { .prev = current_task, .comm = comm,
				    .pid = ++last_pid };

	if (arch_setjmp(&frame.jb)) {
		current_task = frame.prev;
		return true;
	}
	current_task = &frame;
	fn(arg);
	current_task = frame.prev;
	return false;
}

void make_task_dead(int signr)
{
	if (!current_task)
		panic("Attempted to kill the idle task!");
	arch_longjmp(&current_task->jb, 1);
}
