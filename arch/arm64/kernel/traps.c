// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/kernel/traps.c - synchronous exceptions that are not memory
 * aborts (BUG/WARN brk, undefined instructions), the oops report (die),
 * register and backtrace printing. Linux: arch/arm64/kernel/traps.c,
 * entry-common.c, process.c (__show_regs), stacktrace.c, lib/bug.c.
 */
#include <linux/kernel.h>
#include <linux/irq.h>
#include <linux/lockdep.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/utsname.h>
#include <asm/bug.h>
#include <asm/esr.h>
#include <asm/ptrace.h>
#include <asm/sections.h>
#include <asm/sysreg.h>
#include <asm/uaccess.h>
#include <asm/exception.h>
#include <asm/system_misc.h>

/* entry.S hard-codes these offsets */
static_assert(sizeof(struct pt_regs) == PT_REGS_SIZE, "pt_regs size");
static_assert(offsetof(struct pt_regs, pc) == S_PC, "pt_regs pc");
static_assert(offsetof(struct pt_regs, stackframe) == S_STACKFRAME, "frame");

static const char *const esr_class_str[ESR_ELx_EC_MAX + 1] = {
	[ESR_ELx_EC_UNKNOWN]		= "Unknown/Uncategorized",
	[ESR_ELx_EC_WFx]		= "WFI/WFE",
	[ESR_ELx_EC_FP_ASIMD]		= "ASIMD",
	[ESR_ELx_EC_ILL]		= "PSTATE.IL",
	[ESR_ELx_EC_SVC64]		= "SVC (AArch64)",
	[ESR_ELx_EC_HVC64]		= "HVC (AArch64)",
	[ESR_ELx_EC_SMC64]		= "SMC (AArch64)",
	[ESR_ELx_EC_SYS64]		= "MSR/MRS (AArch64)",
	[ESR_ELx_EC_IABT_LOW]		= "IABT (lower EL)",
	[ESR_ELx_EC_IABT_CUR]		= "IABT (current EL)",
	[ESR_ELx_EC_PC_ALIGN]		= "PC Alignment",
	[ESR_ELx_EC_DABT_LOW]		= "DABT (lower EL)",
	[ESR_ELx_EC_DABT_CUR]		= "DABT (current EL)",
	[ESR_ELx_EC_SP_ALIGN]		= "SP Alignment",
	[ESR_ELx_EC_SERROR]		= "SError",
	[ESR_ELx_EC_BREAKPT_CUR]	= "Breakpoint (current EL)",
	[ESR_ELx_EC_SOFTSTP_CUR]	= "Software Step (current EL)",
	[ESR_ELx_EC_WATCHPT_CUR]	= "Watchpoint (current EL)",
	[ESR_ELx_EC_BRK64]		= "BRK (AArch64)",
};

const char *esr_get_class_string(u64 esr)
{
	const char *s = esr_class_str[ESR_ELx_EC(esr)];

	return s ? s : "UNRECOGNIZED EC";
}

char dump_stack_arch_desc_str[128] = "linux,dummy-virt (DT)";

static void print_pstate(struct pt_regs *regs)
{
	static const char *const btype[] = { "--", "-c", "j-", "jc" };
	u64 p = regs->pstate;

	printk("pstate: %08llx (%c%c%c%c %c%c%c%c %cPAN %cUAO %cTCO %cDIT %cSSBS BTYPE=%s)\n",
	       (unsigned long long)p,
	       p & (1UL << 31) ? 'N' : 'n', p & (1UL << 30) ? 'Z' : 'z',
	       p & (1UL << 29) ? 'C' : 'c', p & (1UL << 28) ? 'V' : 'v',
	       p & PSR_D_BIT ? 'D' : 'd', p & PSR_A_BIT ? 'A' : 'a',
	       p & PSR_I_BIT ? 'I' : 'i', p & PSR_F_BIT ? 'F' : 'f',
	       p & (1UL << 22) ? '+' : '-', p & (1UL << 23) ? '+' : '-',
	       p & (1UL << 25) ? '+' : '-', p & (1UL << 24) ? '+' : '-',
	       p & (1UL << 12) ? '+' : '-', btype[(p >> 10) & 3]);
}

static void show_regs_print_info(void)
{
	printk("CPU: 0 PID: %d Comm: %.20s %s %s %.*s\n",
	       current_pid(), current_comm(), print_tainted(),
	       init_utsname()->release,
	       (int)strcspn(init_utsname()->version, " "),
	       init_utsname()->version);
	printk("Hardware name: %s\n", dump_stack_arch_desc_str);
}

void __show_regs(struct pt_regs *regs)
{
	int i = 29;

	show_regs_print_info();
	print_pstate(regs);
	printk("pc : %pS\n", (void *)regs->pc);
	printk("lr : %pS\n", (void *)regs->regs[30]);
	printk("sp : %016llx\n", (unsigned long long)regs->sp);
	while (i >= 0) {
		printk("x%-2d: %016llx", i, (unsigned long long)regs->regs[i]);
		while (i-- % 3)
			pr_cont(" x%-2d: %016llx", i,
				(unsigned long long)regs->regs[i]);
		pr_cont("\n");
	}
}

/* the current task's stack (Linux: on_task_stack) */
static bool on_kernel_stack(u64 fp)
{
	u64 lo = (u64)task_stack_page(current), hi = lo + THREAD_SIZE;

	return fp >= lo && fp + 16 <= hi && !(fp & 7);
}

/*
 * Follow the AAPCS64 frame records {previous fp, return address} that
 * -fno-omit-frame-pointer makes every function push.
 */
static void dump_backtrace(u64 pc, u64 fp)
{
	int depth = 0;

	printk("Call trace:\n");
	printk(" %pS\n", (void *)pc);
	while (on_kernel_stack(fp) && depth++ < 32) {
		u64 next_fp = ((u64 *)fp)[0];
		u64 lr = ((u64 *)fp)[1];

		if (!lr)
			break;
		printk(" %pS\n", (void *)lr);
		if (next_fp <= fp)
			break;
		fp = next_fp;
	}
}

void show_regs(struct pt_regs *regs)
{
	__show_regs(regs);
	dump_backtrace(regs->pc, regs->regs[29]);
}

noinline void dump_stack(void)
{
	show_regs_print_info();
	dump_backtrace((u64)dump_stack, (u64)__builtin_frame_address(0));
	/* not a tail call: our frame must outlive the walk that starts at it */
	barrier();
}

static void dump_kernel_instr(struct pt_regs *regs)
{
	u32 insn[5];
	u64 addr = regs->pc - 16;

	if (copy_from_kernel_nofault(insn, (void *)addr, sizeof(insn))) {
		printk("Code: Unable to access instruction at 0x%016llx.\n",
		       (unsigned long long)regs->pc);
		return;
	}
	printk("Code: %08x %08x %08x %08x (%08x)\n", insn[0], insn[1],
	       insn[2], insn[3], insn[4]);
}

static int die_counter;

/*
 * One oops report at a time: two CPUs oopsing at once would mix their
 * lines (Linux: the raw spinlock die_lock). A raw lock, so the held
 * locks the report lists are the dying code's only. A CPU that oopses
 * again inside its own report takes the hold over: the first report
 * never resumes (the second one unwinds it), so the second lets go of
 * the lock. Linux would wait for itself there, forever.
 */
static arch_spinlock_t die_lock = __ARCH_SPIN_LOCK_UNLOCKED;
static int die_owner = -1;

static void die_lock_irqsave(unsigned long *flags)
{
	local_irq_save(*flags);
	if (READ_ONCE(die_owner) == (int)smp_processor_id())
		return;
	arch_spin_lock(&die_lock);
	WRITE_ONCE(die_owner, smp_processor_id());
}

static void die_unlock_irqrestore(unsigned long flags)
{
	WRITE_ONCE(die_owner, -1);
	arch_spin_unlock(&die_lock);
	local_irq_restore(flags);
}

void die(const char *str, struct pt_regs *regs, u64 err)
{
	unsigned long flags;

	die_lock_irqsave(&flags);
	oops_enter();
	printk(KERN_EMERG "Internal error: %s: %016llx [#%d] SMP\n", str,
	       (unsigned long long)err, ++die_counter);
	printk("Modules linked in:\n");
	show_regs(regs);
	dump_kernel_instr(regs);
	/*
	 * What the dying code holds: make_task_dead() lets go of it when it
	 * unwinds to run_as_task(). Linux prints held locks in lockdep's
	 * reports and hung-task dumps, not in an oops, and never releases them.
	 */
	if (current->lockdep_depth)
		lockdep_print_held_locks(current);
	add_taint(TAINT_DIE, LOCKDEP_NOW_UNRELIABLE);
	oops_exit();
	/* the interrupted task did nothing wrong: nothing to kill */
	if (in_interrupt())
		panic("%s: Fatal exception in interrupt", str);
	die_unlock_irqrestore(flags);
	make_task_dead(11 /* SIGSEGV */);
}

/* ---- BUG() and WARN(): brk #0x800 + __bug_table ---- */

extern struct bug_entry __start___bug_table[], __stop___bug_table[];

static struct bug_entry *find_bug(u64 pc)
{
	struct bug_entry *b;

	for (b = __start___bug_table; b < __stop___bug_table; b++)
		if ((u64)&b->bug_addr_disp + b->bug_addr_disp == pc)
			return b;
	return NULL;
}

static enum bug_trap_type report_bug(u64 pc, struct pt_regs *regs)
{
	struct bug_entry *bug = find_bug(pc);
	const char *file;

	if (!bug)
		return BUG_TRAP_TYPE_NONE;
	file = (const char *)&bug->file_disp + bug->file_disp;
	if (bug->flags & BUGFLAG_WARNING) {
		if ((bug->flags & BUGFLAG_ONCE) && (bug->flags & BUGFLAG_DONE))
			return BUG_TRAP_TYPE_WARN;
		bug->flags |= BUGFLAG_DONE;
		printk(KERN_WARNING "------------[ cut here ]------------\n");
		__warn(file, bug->line, (void *)pc, TAINT_WARN, regs);
		return BUG_TRAP_TYPE_WARN;
	}
	printk(KERN_CRIT "------------[ cut here ]------------\n");
	printk(KERN_CRIT "kernel BUG at %s:%u!\n", file, bug->line);
	return BUG_TRAP_TYPE_BUG;
}

static void do_el1_brk(u64 esr, struct pt_regs *regs)
{
	u64 imm = esr & ESR_ELx_BRK64_ISS_COMMENT_MASK;

	if (imm == BUG_BRK_IMM) {
		switch (report_bug(regs->pc, regs)) {
		case BUG_TRAP_TYPE_WARN:
			regs->pc += 4;		/* step over the brk, carry on */
			return;
		case BUG_TRAP_TYPE_BUG:
			die("Oops - BUG", regs, esr);
		default:
			break;
		}
	}
	die("Oops - BRK", regs, esr);
}

static void do_el1_undef(struct pt_regs *regs, u64 esr)
{
	die("Oops - Undefined instruction", regs, esr);
}

static void __noreturn __panic_unhandled(struct pt_regs *regs,
					 const char *vector, u64 esr)
{
	printk(KERN_CRIT "Unhandled %s exception on CPU%d, ESR 0x%016llx -- %s\n",
	       vector, 0, (unsigned long long)esr, esr_get_class_string(esr));
	__show_regs(regs);
	panic("Unhandled exception");
}

void el1h_64_sync_handler(struct pt_regs *regs)
{
	u64 esr = read_sysreg(esr_el1);

	switch (ESR_ELx_EC(esr)) {
	case ESR_ELx_EC_DABT_CUR:
	case ESR_ELx_EC_IABT_CUR: {
		u64 far = read_sysreg(far_el1);

		/*
		 * A fault in copy_from_user() may allocate and take a while:
		 * run it with interrupts as the faulting code had them
		 * (Linux: local_daif_inherit()).
		 */
		if (!(regs->pstate & PSR_I_BIT))
			local_irq_enable();
		do_mem_abort(far, esr, regs);
		local_irq_disable();
		break;
	}
	case ESR_ELx_EC_SP_ALIGN:
	case ESR_ELx_EC_PC_ALIGN:
		die("Oops - SP/PC alignment exception", regs, esr);
	case ESR_ELx_EC_BRK64:
		do_el1_brk(esr, regs);
		break;
	case ESR_ELx_EC_UNKNOWN:
		do_el1_undef(regs, esr);
		break;
	default:
		__panic_unhandled(regs, "64-bit el1h sync", esr);
	}
}

/*
 * An interrupt at EL1: the root controller's handler (gic_handle_irq) takes
 * it from here; until init_IRQ() installs one, handle_arch_irq panics.
 */
void el1h_64_irq_handler(struct pt_regs *regs)
{
	handle_arch_irq(regs);
}

/* ---- from EL0: user space. Linux: entry-common.c el0t_64_*_handler ---- */

/*
 * A user task did something it must die for. Linux prints this line when
 * show_unhandled_signals is on (the default), then delivers the signal.
 */
void arm64_force_sig_fault(int signo, int code, unsigned long far,
			   const char *str, struct pt_regs *regs, u64 esr)
{
	printk(KERN_INFO "%s[%d]: unhandled exception: %s, ESR 0x%016llx, %s at pc %016llx sp %016llx\n",
	       current->comm, current->pid, esr_get_class_string(esr),
	       (unsigned long long)esr, str, (unsigned long long)regs->pc,
	       (unsigned long long)regs->sp);
	current->thread.fault_code = esr;
	force_sig_fault(signo, code, far);
}

void el0_svc(struct pt_regs *regs);

void el0t_64_sync_handler(struct pt_regs *regs)
{
	u64 esr = read_sysreg(esr_el1);

	switch (ESR_ELx_EC(esr)) {
	case ESR_ELx_EC_SVC64:
		el0_svc(regs);
		return;
	case ESR_ELx_EC_DABT_LOW:
	case ESR_ELx_EC_IABT_LOW: {
		u64 far = read_sysreg(far_el1);

		local_irq_enable();
		do_mem_abort(far, esr, regs);
		break;
	}
	case ESR_ELx_EC_SP_ALIGN:
	case ESR_ELx_EC_PC_ALIGN:
		local_irq_enable();
		arm64_force_sig_fault(SIGBUS, BUS_ADRALN, regs->pc,
				      "SP/PC alignment exception", regs, esr);
		break;
	case ESR_ELx_EC_BRK64:
		local_irq_enable();
		arm64_force_sig_fault(SIGTRAP, TRAP_BRKPT, regs->pc,
				      "BRK instruction", regs, esr);
		break;
	case ESR_ELx_EC_FP_ASIMD:
		/* Linux saves FP state and lets it run; see asm/processor.h */
		local_irq_enable();
		arm64_force_sig_fault(SIGILL, ILL_ILLOPC, regs->pc,
				      "FP/SIMD access (not supported)", regs, esr);
		break;
	default:
		local_irq_enable();
		arm64_force_sig_fault(SIGILL, ILL_ILLOPC, regs->pc,
				      "undefined instruction", regs, esr);
		break;
	}
	local_irq_disable();
}

void el0t_64_irq_handler(struct pt_regs *regs)
{
	handle_arch_irq(regs);
}

void el0t_64_error_handler(struct pt_regs *regs)
{
	el1h_64_error_handler(regs);
}

void el1h_64_error_handler(struct pt_regs *regs)
{
	u64 esr = read_sysreg(esr_el1);

	printk(KERN_EMERG "SError Interrupt on CPU%d, code 0x%016llx -- %s\n",
	       0, (unsigned long long)esr, esr_get_class_string(esr));
	__show_regs(regs);
	panic("Asynchronous SError Interrupt");
}

/* entry.S: a vector tinymm never expects (EL0, SP_EL0, FIQ). */
void bad_mode(struct pt_regs *regs, int reason, u64 esr)
{
	static const char *const handler[] = { "Synchronous Abort", "IRQ",
					       "FIQ", "Error" };

	printk(KERN_CRIT "Bad mode in %s handler detected on CPU%d, code 0x%08llx -- %s\n",
	       handler[reason & 3], 0, (unsigned long long)esr,
	       esr_get_class_string(esr));
	__show_regs(regs);
	panic("bad mode");
}
