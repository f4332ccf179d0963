// SPDX-License-Identifier: GPL-2.0
/*
 * arch/arm64/mm/fault.c - data and instruction aborts. Linux: the same
 * file.
 *
 * A fault on a user address (from EL0, or from the kernel copying to or
 * from user space) is demand paging: do_page_fault() finds the VMA, grows
 * a stack VMA downwards if the address is just below it, checks the
 * access (read, write or execute, from the ESR) against the VMA's flags
 * and lets handle_mm_fault() (mm/memory.c) make the page present. If there
 * is no VMA or the access isn't allowed, a user task gets SIGSEGV with the
 * "segfault at" line; a kernel uaccess gets -EFAULT through the exception
 * table. Anything else in the kernel is an oops: "Unable to handle kernel
 * paging request ...", "Mem abort info:", the page-table walk.
 *
 * The VMA walk and handle_mm_fault() run under mm->mmap_lock for read,
 * so another thread's mmap or munmap waits until the fault is done, and
 * a fault waits for a writer. The kernel touching user memory while it
 * holds mmap_lock would wait for itself: the uaccess callers drop the
 * lock first (mincore, exec's stack setup).
 *
 * Simplified: no retry (VM_FAULT_RETRY): nothing in tinymm's fault path
 * drops mmap_lock to wait for I/O; no OOM killer: a fault that can't get
 * memory kills the faulting task.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mmap_lock.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/vmalloc.h>
#include <asm/esr.h>
#include <asm/extable.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>
#include <asm/exception.h>
#include <asm/system_misc.h>

/* __do_page_fault()'s own results, beside the VM_FAULT_* bits (Linux's) */
#define VM_FAULT_BADMAP		((vm_fault_t)0x010000)
#define VM_FAULT_BADACCESS	((vm_fault_t)0x020000)

struct fault_info {
	int (*fn)(u64 far, u64 esr, struct pt_regs *regs);
	const char *name;
};

static int do_bad(u64 far, u64 esr, struct pt_regs *regs)
{
	return 1;	/* "unhandled": do_mem_abort() reports it */
}

static int do_page_fault(u64 far, u64 esr, struct pt_regs *regs);
static int do_translation_fault(u64 far, u64 esr, struct pt_regs *regs);
static int do_alignment_fault(u64 far, u64 esr, struct pt_regs *regs);

/* Indexed by the fault status code, ESR_EL1.ISS[5:0] (DFSC/IFSC). */
static const struct fault_info fault_info[64] = {
	[0]  = { do_bad,		"ttbr address size fault" },
	[1]  = { do_bad,		"level 1 address size fault" },
	[2]  = { do_bad,		"level 2 address size fault" },
	[3]  = { do_bad,		"level 3 address size fault" },
	[4]  = { do_translation_fault,	"level 0 translation fault" },
	[5]  = { do_translation_fault,	"level 1 translation fault" },
	[6]  = { do_translation_fault,	"level 2 translation fault" },
	[7]  = { do_translation_fault,	"level 3 translation fault" },
	[9]  = { do_page_fault,		"level 1 access flag fault" },
	[10] = { do_page_fault,		"level 2 access flag fault" },
	[11] = { do_page_fault,		"level 3 access flag fault" },
	[13] = { do_page_fault,		"level 1 permission fault" },
	[14] = { do_page_fault,		"level 2 permission fault" },
	[15] = { do_page_fault,		"level 3 permission fault" },
	[16] = { do_bad,		"synchronous external abort" },
	[17] = { do_bad,		"synchronous tag check fault" },
	[19] = { do_bad,		"level -1 (translation table walk)" },
	[20] = { do_bad,		"level 0 (translation table walk)" },
	[21] = { do_bad,		"level 1 (translation table walk)" },
	[22] = { do_bad,		"level 2 (translation table walk)" },
	[23] = { do_bad,		"level 3 (translation table walk)" },
	[24] = { do_bad,		"synchronous parity or ECC error" },
	[33] = { do_alignment_fault,	"alignment fault" },
	[48] = { do_bad,		"TLB conflict abort" },
	[49] = { do_bad,		"Unsupported atomic hardware update fault" },
	[52] = { do_bad,		"implementation fault (lockdown abort)" },
	[53] = { do_bad,		"implementation fault (unsupported exclusive)" },
	[61] = { do_bad,		"section domain fault" },
	[62] = { do_bad,		"page domain fault" },
};

const char *esr_fault_name(u64 esr)
{
	const char *name = fault_info[esr & ESR_ELx_FSC].name;

	return name ? name : "unknown";
}

static int esr_fault_fn(u64 far, u64 esr, struct pt_regs *regs)
{
	const struct fault_info *inf = &fault_info[esr & ESR_ELx_FSC];

	return inf->fn ? inf->fn(far, esr, regs) : do_bad(far, esr, regs);
}

static void data_abort_decode(u64 esr)
{
	u64 iss = ESR_ELx_ISS(esr);

	printk(KERN_ALERT "Data abort info:\n");
	printk(KERN_ALERT "  ISV = %llu, ISS = 0x%08llx\n",
	       (unsigned long long)!!(esr & ESR_ELx_ISV),
	       (unsigned long long)iss);
	printk(KERN_ALERT "  CM = %llu, WnR = %llu\n",
	       (unsigned long long)((esr & ESR_ELx_CM) >> ESR_ELx_CM_SHIFT),
	       (unsigned long long)((esr & ESR_ELx_WNR) >> ESR_ELx_WNR_SHIFT));
}

static void mem_abort_decode(u64 esr)
{
	printk(KERN_ALERT "Mem abort info:\n");
	printk(KERN_ALERT "  ESR = 0x%016llx\n", (unsigned long long)esr);
	printk(KERN_ALERT "  EC = 0x%02llx: %s, IL = %u bits\n",
	       (unsigned long long)ESR_ELx_EC(esr), esr_get_class_string(esr),
	       (esr & ESR_ELx_IL) ? 32 : 16);
	printk(KERN_ALERT "  SET = %llu, FnV = %llu\n",
	       (unsigned long long)((esr & ESR_ELx_SET_MASK) >> ESR_ELx_SET_SHIFT),
	       (unsigned long long)((esr & ESR_ELx_FnV) >> ESR_ELx_FnV_SHIFT));
	printk(KERN_ALERT "  EA = %llu, S1PTW = %llu\n",
	       (unsigned long long)((esr & ESR_ELx_EA) >> ESR_ELx_EA_SHIFT),
	       (unsigned long long)((esr & ESR_ELx_S1PTW) >> ESR_ELx_S1PTW_SHIFT));
	printk(KERN_ALERT "  FSC = 0x%02llx: %s\n",
	       (unsigned long long)(esr & ESR_ELx_FSC), esr_fault_name(esr));
	if (esr_is_data_abort(esr))
		data_abort_decode(esr);
}

static bool is_ttbr0_addr(u64 addr)
{
	return addr < (UL(1) << VA_BITS);
}

static bool is_ttbr1_addr(u64 addr)
{
	return addr >= PAGE_OFFSET;
}

/* Print the walk of addr through the page tables, level by level. */
void show_pte(u64 addr)
{
	struct mm_struct *mm;
	pgd_t *pgdp;
	pgd_t pgd;

	if (is_ttbr0_addr(addr)) {
		mm = current->active_mm;
		if (mm == &init_mm) {
			printk(KERN_ALERT "[%016llx] user address but active_mm is swapper\n",
			       (unsigned long long)addr);
			return;
		}
	} else if (is_ttbr1_addr(addr)) {
		mm = &init_mm;
	} else {
		printk(KERN_ALERT "[%016llx] address between user and kernel address ranges\n",
		       (unsigned long long)addr);
		return;
	}
	/* swapper_pg_dir is in the image: __pa_symbol(), not virt_to_phys() */
	printk(KERN_ALERT "%s pgtable: %luk pages, %u-bit VAs, pgdp=%016llx\n",
	       mm == &init_mm ? "swapper" : "user", PAGE_SIZE / 1024, VA_BITS,
	       (unsigned long long)(mm == &init_mm ? __pa_symbol(mm->pgd) :
				    virt_to_phys(mm->pgd)));
	pgdp = pgd_offset_pgd(mm->pgd, addr);
	pgd = READ_ONCE(*pgdp);
	printk(KERN_ALERT "[%016llx] pgd=%016llx", (unsigned long long)addr,
	       (unsigned long long)pgd_val(pgd));
	do {
		p4d_t *p4dp, p4d;
		pud_t *pudp, pud;
		pmd_t *pmdp, pmd;
		pte_t *ptep, pte;

		if (pgd_none(pgd) || pgd_bad(pgd))
			break;
		p4dp = p4d_offset(pgdp, addr);
		p4d = READ_ONCE(*p4dp);
		pr_cont(", p4d=%016llx", (unsigned long long)p4d_val(p4d));
		if (p4d_none(p4d) || p4d_bad(p4d))
			break;
		pudp = pud_offset(p4dp, addr);
		pud = READ_ONCE(*pudp);
		pr_cont(", pud=%016llx", (unsigned long long)pud_val(pud));
		if (pud_none(pud) || pud_bad(pud))
			break;
		pmdp = pmd_offset(pudp, addr);
		pmd = READ_ONCE(*pmdp);
		pr_cont(", pmd=%016llx", (unsigned long long)pmd_val(pmd));
		if (pmd_none(pmd) || pmd_bad(pmd))
			break;
		ptep = pte_offset_kernel(pmdp, addr);
		pte = READ_ONCE(*ptep);
		pr_cont(", pte=%016llx", (unsigned long long)pte_val(pte));
	} while (0);
	pr_cont("\n");
}

static bool is_el1_instruction_abort(u64 esr)
{
	return ESR_ELx_EC(esr) == ESR_ELx_EC_IABT_CUR;
}

static bool is_el1_permission_fault(u64 esr)
{
	u64 ec = ESR_ELx_EC(esr);

	return (ec == ESR_ELx_EC_DABT_CUR || ec == ESR_ELx_EC_IABT_CUR) &&
	       (esr & ESR_ELx_FSC_TYPE) == ESR_ELx_FSC_PERM;
}

static void __noreturn die_kernel_fault(const char *msg, u64 addr, u64 esr,
					struct pt_regs *regs)
{
	printk(KERN_ALERT "Unable to handle kernel %s at virtual address %016llx\n",
	       msg, (unsigned long long)addr);
	mem_abort_decode(esr);
	show_pte(addr);
	if (is_vmalloc_addr((void *)addr))
		vmalloc_dump_addr(addr);	/* which area it is in or next to */
	die("Oops", regs, esr);
}

static void __do_kernel_fault(u64 addr, u64 esr, struct pt_regs *regs)
{
	const char *msg;

	/* An access that declared it may fault (extable) just resumes. */
	if (!is_el1_instruction_abort(esr) && fixup_exception(regs))
		return;
	if (is_el1_permission_fault(esr)) {
		if (esr & ESR_ELx_WNR)
			msg = "write to read-only memory";
		else if (is_el1_instruction_abort(esr))
			msg = "execute from non-executable memory";
		else
			msg = "read from unreadable memory";
	} else if (addr < PAGE_SIZE) {
		msg = "NULL pointer dereference";
	} else {
		msg = "paging request";
	}
	die_kernel_fault(msg, addr, esr, regs);
}

static bool is_el0_instruction_abort(u64 esr)
{
	return ESR_ELx_EC(esr) == ESR_ELx_EC_IABT_LOW;
}

/* A write, not a cache maintenance operation (those report WnR = 1 too). */
static bool is_write_abort(u64 esr)
{
	return (esr & ESR_ELx_WNR) && !(esr & ESR_ELx_CM);
}

/*
 * The error code in the segfault line. The line's format is x86's
 * (arch/x86/mm/fault.c show_signal_msg), and so is the number: bit 0 the
 * page was present (a protection fault), bit 1 a write, bit 2 from user
 * mode, bit 4 an instruction fetch. arm64 Linux prints the ESR instead.
 */
static unsigned long segv_error_code(u64 esr, struct pt_regs *regs)
{
	unsigned long code = 0;

	if ((esr & ESR_ELx_FSC_TYPE) == ESR_ELx_FSC_PERM)
		code |= 1;
	if (is_write_abort(esr) && !is_el0_instruction_abort(esr))
		code |= 2;
	if (user_mode(regs))
		code |= 4;
	if (is_el0_instruction_abort(esr))
		code |= 16;
	return code;
}

static void do_bad_area(u64 far, u64 esr, struct pt_regs *regs, int sig,
			int code)
{
	if (!user_mode(regs)) {
		__do_kernel_fault(far, esr, regs);
		return;
	}
	printk(KERN_INFO "%s[%d]: segfault at %llx ip %016llx sp %016llx error %lx\n",
	       current->comm, current->pid, (unsigned long long)far,
	       (unsigned long long)regs->pc, (unsigned long long)regs->sp,
	       segv_error_code(esr, regs));
	current->thread.fault_code = esr;
	force_sig_fault(sig, code, far);
}

/*
 * Under mmap_lock (read): find the VMA, grow the stack if needed, check
 * the access and fault the page in. Linux: __do_page_fault(), whose
 * VM_FAULT_BADMAP / VM_FAULT_BADACCESS results we return the same way.
 */
static vm_fault_t __do_page_fault(struct mm_struct *mm, unsigned long addr,
				  unsigned int mm_flags, unsigned long vm_flags,
				  struct pt_regs *regs)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma)
		return VM_FAULT_BADMAP;
	if (vma->vm_start > addr) {
		if (!(vma->vm_flags & VM_GROWSDOWN) || expand_stack(vma, addr))
			return VM_FAULT_BADMAP;
	}
	if (!(vma->vm_flags & vm_flags))
		return VM_FAULT_BADACCESS;
	return handle_mm_fault(vma, addr, mm_flags, regs);
}

/*
 * do_page_fault - a translation or permission fault at @far: take
 * mmap_lock for read, find the VMA, check the access, grow the stack if
 * needed, and call handle_mm_fault(). Returns 0 when the fault is dealt
 * with (resolved, or SIGSEGV/SIGBUS queued, or a kernel fault fixed up
 * or reported). A fault on a kernel address, or in a task with no user
 * mm, goes to __do_kernel_fault() without touching any VMA; the kernel
 * touching user memory outside the uaccess routines dies before it
 * could wait for mmap_lock. May sleep (on mmap_lock).
 */
static int do_page_fault(u64 far, u64 esr, struct pt_regs *regs)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm_flags, addr = far;
	unsigned int mm_flags = 0;	/* Linux: FAULT_FLAG_DEFAULT (retry, killable) */
	vm_fault_t fault;

	/* a kernel address, or a kernel thread (no user mm): not paging */
	if (!is_ttbr0_addr(addr) || !mm) {
		if (user_mode(regs))
			goto bad_area;
		__do_kernel_fault(far, esr, regs);
		return 0;
	}
	if (user_mode(regs))
		mm_flags |= FAULT_FLAG_USER;
	if (is_el0_instruction_abort(esr)) {
		vm_flags = VM_EXEC;
		mm_flags |= FAULT_FLAG_INSTRUCTION;
	} else if (is_write_abort(esr)) {
		vm_flags = VM_WRITE;
		mm_flags |= FAULT_FLAG_WRITE;
	} else {
		vm_flags = VM_READ | VM_WRITE | VM_EXEC;
	}
	/* the kernel touching user memory outside uaccess (no extable entry) */
	if (!user_mode(regs) && !search_exception_tables(regs->pc)) {
		die_kernel_fault("access to user memory outside uaccess routines",
				 addr, esr, regs);
	}

	mmap_read_lock(mm);
	fault = __do_page_fault(mm, addr, mm_flags, vm_flags, regs);
	mmap_read_unlock(mm);

	if (likely(!(fault & (VM_FAULT_ERROR | VM_FAULT_BADMAP |
			      VM_FAULT_BADACCESS))))
		return 0;	/* counted in mm_account_fault() */
	if (fault & VM_FAULT_BADMAP)
		goto bad_area;
	if (fault & VM_FAULT_BADACCESS) {
		do_bad_area(far, esr, regs, SIGSEGV, SEGV_ACCERR);
		return 0;
	}
	if (!user_mode(regs)) {
		__do_kernel_fault(far, esr, regs);
		return 0;
	}
	if (fault & VM_FAULT_OOM) {
		/* Linux: pagefault_out_of_memory() runs the OOM killer */
		printk(KERN_ERR "Out of memory: killing %s[%d] at fault on %llx\n",
		       current->comm, current->pid, (unsigned long long)far);
		force_sig_fault(SIGKILL, 0, far);
	} else if (fault & VM_FAULT_SIGBUS) {
		arm64_force_sig_fault(SIGBUS, BUS_ADRERR, far,
				      "bus error (beyond the end of the file)",
				      regs, esr);
	} else {
		do_bad_area(far, esr, regs, SIGSEGV, SEGV_ACCERR);
	}
	return 0;

bad_area:
	do_bad_area(far, esr, regs, SIGSEGV, SEGV_MAPERR);
	return 0;
}

static int do_translation_fault(u64 far, u64 esr, struct pt_regs *regs)
{
	return do_page_fault(far, esr, regs);
}

static int do_alignment_fault(u64 far, u64 esr, struct pt_regs *regs)
{
	do_bad_area(far, esr, regs, SIGBUS, BUS_ADRALN);
	return 0;
}

void do_mem_abort(u64 far, u64 esr, struct pt_regs *regs)
{
	if (!esr_fault_fn(far, esr, regs))
		return;
	/* Linux: arm64_notify_die() for an unhandled abort type */
	if (user_mode(regs)) {
		arm64_force_sig_fault(SIGBUS, 0, far, esr_fault_name(esr), regs,
				      esr);
		return;
	}
	if (!fixup_exception(regs))
		die_kernel_fault(esr_fault_name(esr), far, esr, regs);
}
