# tinymm - a teaching model of Linux memory management on arm64.
#
#   make            build build/kernel.elf (symbols, for GDB) and build/Image
#   make run        boot in QEMU virt, ending at the tinymm> prompt
#   make debug      same, but QEMU waits for GDB on :$(GDBPORT)
#   make gdb        attach gdb-multiarch with tinymm's lx-* helpers
#   make test       host unit tests + in-kernel self-tests over a QEMU matrix
#   make bench      instructions per mm operation (QEMU -icount), vs baseline
#   make fuzz       libFuzzer over the host build of mm/ (FUZZ_TIME=seconds)
#   make grade      check your answers to the docs' exercises (answers.txt)
#   make memmap     boot, run pageblocks, draw physical memory: build/memmap.png
#   make clean
#
# run/debug take MEM= CPU= SMP= BOOTARGS= QEMU_EXTRA= VIRT=1 (enter at EL2),
# memmap takes MEM= CPU= BOOTARGS=;
# e.g. make run MEM=5G CPU=cortex-a53 BOOTARGS=memblock=debug

BUILD ?= build
MEM ?= 1G
CPU ?= cortex-a72
SMP ?= 1
BOOTARGS ?=
QEMU_EXTRA ?=
VIRT ?= 0
GDBPORT ?= 1234
.DEFAULT_GOAL := all
# Use every core unless -j was given (make test's QEMU runs pace themselves).
ifeq ($(filter -j%,$(MAKEFLAGS)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1)
endif

# Missing tools are installed on first use (Debian/Ubuntu): every rule that
# runs a tool waits for $(DEPS_OK), and nothing here asks a tool anything
# while the Makefile is read, so the first `make` works on a bare system.
DEPS_OK := $(BUILD)/.deps-ok
$(DEPS_OK): tools/install-deps.sh
	@tools/install-deps.sh
	@mkdir -p $(BUILD) && touch $@

# Cross toolchain: aarch64-none-elf- (Arm's bare-metal GCC) if present,
# else Debian/Ubuntu's aarch64-linux-gnu-; CROSS_COMPILE= overrides.
CROSS_COMPILE ?= $(shell if command -v aarch64-none-elf-gcc >/dev/null 2>&1; \
	then echo aarch64-none-elf-; else echo aarch64-linux-gnu-; fi)
CC := $(CROSS_COMPILE)gcc
LD := $(CROSS_COMPILE)ld
NM := $(CROSS_COMPILE)nm
OBJCOPY := $(CROSS_COMPILE)objcopy
QEMU := qemu-system-aarch64
PYTHON ?= python3

# Linux's own build disables the same three -Wextra warnings
# (scripts/Makefile.extrawarn): callbacks ignore parameters, and so on.
WARNINGS := -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers
# The C dialect Linux's top-level Makefile asks for (v5.19, KBUILD_CFLAGS):
# -fno-strict-aliasing and -fno-common; -fno-strict-overflow ("disable
# invalid 'can't wrap' optimizations for signed / pointers": gcc then
# wraps, so page + (buddy_pfn - pfn) style arithmetic is not undefined);
# -fno-delete-null-pointer-checks (a dereference does not prove a pointer
# non-NULL: address 0 may be mapped); -fno-allow-store-data-races (never
# invent a store another CPU could see); -fno-stack-check; -fconserve-stack;
# -fno-merge-all-constants. Linux's -fshort-wchar is left out: no wchar_t.
LINUX_SAFETY_CFLAGS := -fno-strict-aliasing -fno-common -fno-strict-overflow \
	-fno-delete-null-pointer-checks -fno-allow-store-data-races \
	-fno-stack-check -fconserve-stack -fno-merge-all-constants
CFLAGS := -std=gnu11 -O2 -g $(WARNINGS) -ffreestanding -fno-builtin \
	-mgeneral-regs-only -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer \
	-fno-stack-protector -fno-pic -fno-pie -mno-outline-atomics \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	$(LINUX_SAFETY_CFLAGS) \
	-mbranch-protection=none -D__KERNEL__ -Iinclude -Iarch/arm64/include -MMD -MP
# make DEBUG_SPINLOCK=0: spinlocks without owner and magic checks (Linux's
# CONFIG_DEBUG_SPINLOCK, kernel/locking/spinlock_debug.c). After changing
# it, make clean: objects do not depend on this variable.
DEBUG_SPINLOCK ?= 1
ifeq ($(DEBUG_SPINLOCK),1)
CFLAGS += -DCONFIG_DEBUG_SPINLOCK
endif
ASFLAGS := -g -D__ASSEMBLY__ -D__KERNEL__ -Iinclude -Iarch/arm64/include -MMD -MP
LDFLAGS := -nostdlib -static -T linker.ld -z max-page-size=4096 \
	-z noexecstack --no-warn-rwx-segments

# Every source in these directories is part of the kernel.
SRC_DIRS := boot arch/arm64/kernel arch/arm64/kernel/pi arch/arm64/mm \
	arch/arm64/lib init \
	kernel kernel/printk mm lib lib/kunit drivers/of drivers/tty drivers/tty/serial \
	drivers/firmware/psci drivers/base fs fs/proc fs/ramfs tests/kernel \
	tests/bench drivers/irqchip drivers/clocksource kernel/irq kernel/sched \
	kernel/locking kernel/time tinymm tinymm/shell
SRCS := $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c $(d)/*.S))
ifneq ($(DEBUG_SPINLOCK),1)
SRCS := $(filter-out kernel/locking/spinlock_debug.c,$(SRCS))
endif
OBJS := $(patsubst %,$(BUILD)/%.o,$(basename $(SRCS)))
# The user programs and data files, embedded as the ramfs's files (below).
OBJS += $(BUILD)/user/builtin_files.o

# mm/'s private headers (internal.h, slab.h), for tinymm's own layer and
# the tests, which look inside mm/.
MM_PRIVATE_CFLAGS := -Imm
$(BUILD)/tinymm/%.o $(BUILD)/tests/%.o: CFLAGS += $(MM_PRIVATE_CFLAGS)

# Runs before the MMU is on: PC-relative only, no unaligned accesses.
$(BUILD)/arch/arm64/kernel/pi/%.o: CFLAGS += -mstrict-align

.PHONY: all run debug gdb test host-test fuzz-bin fuzz bench grade memmap clean
all: $(BUILD)/kernel.elf $(BUILD)/Image

# V=1 shows the full commands.
Q := $(if $(filter 1,$(V)),,@)

$(BUILD)/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.S | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(ASFLAGS) -c -o $@ $<

# kallsyms, as Linux's link-vmlinux.sh: link with an empty symbol table,
# generate the real one from that link, link again, check nothing moved.
$(BUILD)/kallsyms0.S: tools/kallsyms.py | $(DEPS_OK)
	@mkdir -p $(BUILD)
	@$(if $(Q),echo "  KSYMS   $@")
	$(Q)$(PYTHON) tools/kallsyms.py < /dev/null > $@

# the generated tables live in $(BUILD), not beside a source
$(BUILD)/kallsyms0.o $(BUILD)/kallsyms.o: $(BUILD)/%.o: $(BUILD)/%.S
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(ASFLAGS) -c -o $@ $<

$(BUILD)/.tmp_kernel1.elf: $(OBJS) $(BUILD)/kallsyms0.o linker.ld
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) $(LDFLAGS) -o $@ $(OBJS) $(BUILD)/kallsyms0.o

$(BUILD)/kallsyms.S: $(BUILD)/.tmp_kernel1.elf tools/kallsyms.py
	@$(if $(Q),echo "  KSYMS   $@")
	$(Q)$(NM) -n -S $< | $(PYTHON) tools/kallsyms.py > $@

$(BUILD)/kernel.elf: $(OBJS) $(BUILD)/kallsyms.o linker.ld
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) $(LDFLAGS) -o $@ $(OBJS) $(BUILD)/kallsyms.o
	@$(NM) -n $(BUILD)/.tmp_kernel1.elf > $(BUILD)/.nm1
	@$(NM) -n $@ > $(BUILD)/.nm2
	@$(PYTHON) tools/kallsyms.py --check $(BUILD)/.nm1 $(BUILD)/.nm2

$(BUILD)/Image: $(BUILD)/kernel.elf
	@$(if $(Q),echo "  OBJCOPY $@")
	$(Q)$(OBJCOPY) -O binary $< $@

# ---- user programs (tests/user/): static arm64 ELFs for EL0 ----
# Built by the same cross compiler, against tests/user/include (a tiny libc
# with its own stdarg.h/stddef.h/stdint.h) instead of any system headers; no FP/SIMD (tinymm doesn't save that state).
# Each program becomes $(BUILD)/user/<name>, embedded as /bin/<name>; each
# tests/user/data/<file> as /data/<file>.
USER_CFLAGS := -std=gnu11 -O2 -Wall -Wextra -Werror -Wno-unused-parameter \
	-ffreestanding -nostdinc -Itests/user/include \
	-Iinclude/uapi \
	-fno-pic -fno-pie -mgeneral-regs-only -fno-stack-protector \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-fno-tree-loop-distribute-patterns -mbranch-protection=none \
	-mno-outline-atomics -fno-omit-frame-pointer -MMD -MP
USER_LDFLAGS := -nostdlib -static -no-pie -Wl,-T,tests/user/user.ld \
	-Wl,-z,max-page-size=4096 -Wl,-z,noexecstack -Wl,--build-id=none
USER_PROGS := $(sort $(basename $(notdir $(wildcard tests/user/*.c))))
USER_BINS := $(addprefix $(BUILD)/user/,$(USER_PROGS))
USER_DATA := $(sort $(wildcard tests/user/data/*))
USER_LIB_SRCS := $(wildcard tests/user/lib/*.c)
USER_LIB_OBJS := $(patsubst tests/user/lib/%.c,$(BUILD)/user/lib/%.o,$(USER_LIB_SRCS))
# assembly in libc.a (clone.S); crt0.S is linked first, on its own
USER_LIB_ASM := $(filter-out tests/user/lib/crt0.S,$(wildcard tests/user/lib/*.S))
USER_LIB_OBJS += $(patsubst tests/user/lib/%.S,$(BUILD)/user/lib/%.o,$(USER_LIB_ASM))
USER_CRT0 := $(BUILD)/user/lib/crt0.o

$(BUILD)/user/lib/%.o: tests/user/lib/%.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  UCC     $<")
	$(Q)$(CC) $(USER_CFLAGS) -c -o $@ $<

# crt0.o, and the assembly in libc.a
$(BUILD)/user/lib/%.o: tests/user/lib/%.S | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  UAS     $<")
	$(Q)$(CC) $(USER_CFLAGS) -D__ASSEMBLY__ -c -o $@ $<

$(BUILD)/user/libc.a: $(USER_LIB_OBJS)
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && $(CROSS_COMPILE)ar rcs $@ $^

$(USER_BINS): $(BUILD)/user/%: tests/user/%.c $(USER_CRT0) \
		$(BUILD)/user/libc.a tests/user/user.ld
	@$(if $(Q),echo "  ULD     $@")
	$(Q)$(CC) $(USER_CFLAGS) -MF $@.d $(USER_LDFLAGS) -o $@ $(USER_CRT0) \
		$< $(BUILD)/user/libc.a -lgcc

# Rewritten only when the list of files changes (see mkbuiltin.py); the
# object depends on every blob, so a changed program relinks the kernel.
$(BUILD)/user/builtin_files.S: tests/user/mkbuiltin.py FORCE | $(DEPS_OK)
	$(Q)$(PYTHON) tests/user/mkbuiltin.py $@ \
		$(foreach p,$(USER_PROGS),/bin/$(p)=$(BUILD)/user/$(p)) \
		$(foreach f,$(USER_DATA),/data/$(notdir $(f))=$(f))

$(BUILD)/user/builtin_files.o: $(BUILD)/user/builtin_files.S $(USER_BINS) \
		$(USER_DATA)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(ASFLAGS) -c -o $@ $<

user: $(USER_BINS)

.PHONY: user FORCE
FORCE:

comma := ,
QEMU_MACHINE := virt$(if $(filter 1,$(VIRT)),$(comma)virtualization=on)
# -nic none: tinymm drives no network card, and QEMU's default one needs an
# option ROM that a --no-install-recommends QEMU doesn't have.
QEMU_ARGS = -machine $(QEMU_MACHINE) -nic none -cpu $(CPU) -m $(MEM) -smp $(SMP) \
	-nographic -semihosting -kernel $(BUILD)/Image \
	-append "$(BOOTARGS)" $(QEMU_EXTRA)

run: all
	$(QEMU) $(QEMU_ARGS)

debug: all
	@echo "QEMU waits for GDB on port $(GDBPORT): run 'make gdb' in another terminal"
	$(QEMU) $(QEMU_ARGS) -S -gdb tcp::$(GDBPORT)

gdb: $(BUILD)/kernel.elf
	gdb-multiarch -q $(BUILD)/kernel.elf -x tools/gdb/vmlinux-gdb.py \
		-ex 'target remote :$(GDBPORT)' -ex 'break start_kernel' \
		-ex 'continue'

# tests/host/Makefile, printing only its Kbuild lines (no "Entering
# directory", no "is up to date") unless V=1.
HOST_MAKEFLAGS = $(if $(Q),-s --no-print-directory) -f tests/host/Makefile

# The host suites twice: gcc with Linux's flags, and clang without
# -fno-strict-overflow, whose UBSan catches a pointer sum that wraps;
# then gcc with ThreadSanitizer, for the suites where threads are CPUs.
host-test: | $(DEPS_OK)
	$(Q)$(MAKE) $(HOST_MAKEFLAGS) BUILD=$(BUILD)
	$(Q)$(MAKE) $(HOST_MAKEFLAGS) HOSTCC=clang BUILD=$(BUILD)/strict
	$(Q)$(MAKE) $(HOST_MAKEFLAGS) BUILD=$(BUILD) tsan-bin

# clang + libFuzzer: build/host/tinymm-mm-fuzz (tests/fuzz/mm_fuzz.c)
fuzz-bin: | $(DEPS_OK)
	$(Q)$(MAKE) $(HOST_MAKEFLAGS) BUILD=$(BUILD) fuzz-bin

test: all host-test fuzz-bin
	$(PYTHON) tests/run_tests.py --build $(BUILD)

# Fuzz for FUZZ_TIME seconds, starting from tests/fuzz/corpus; new inputs
# go to $(BUILD)/fuzz/corpus, a failing one to $(BUILD)/fuzz/crash-*.
# FUZZ_MISUSE=0 leaves out the misuse operations. A failure found this way
# belongs in tests/fuzz/regressions/, which make test replays.
FUZZ_TIME ?= 60
fuzz: fuzz-bin
	@mkdir -p $(BUILD)/fuzz/corpus
	$(if $(FUZZ_MISUSE),FUZZ_MISUSE=$(FUZZ_MISUSE)) $(BUILD)/host/tinymm-mm-fuzz \
		-max_total_time=$(FUZZ_TIME) -max_len=1024 -timeout=30 \
		-close_fd_mask=1 -artifact_prefix=$(BUILD)/fuzz/ \
		$(BUILD)/fuzz/corpus tests/fuzz/corpus

# The chapters' exercises, as xv6's make grade: answers.txt (or ANSWERS=).
ANSWERS ?= answers.txt
grade: all
	$(PYTHON) tests/grade.py --answers $(ANSWERS)

# Instructions per operation under QEMU -icount, against tests/bench/baseline.txt.
# Measured on a kernel without the spinlock debug checks, as Linux's arm64
# defconfig builds it, in its own directory so the two never mix objects.
BENCH_BUILD ?= $(BUILD)/bench
bench:
	@mkdir -p $(BENCH_BUILD) && $(MAKE) --no-print-directory \
		DEBUG_SPINLOCK=0 BUILD=$(BENCH_BUILD) all >$(BENCH_BUILD).log 2>&1 \
		|| { cat $(BENCH_BUILD).log; exit 1; }
	$(PYTHON) tools/bench.py --build $(BENCH_BUILD)

# A picture of physical memory, one cell per pageblock (tools/memmap.py);
# the text it was drawn from is kept beside it.
memmap: all
	$(PYTHON) tools/memmap.py --boot --build $(BUILD) --mem $(MEM) \
		--cpu $(CPU) --bootargs "$(BOOTARGS)" --text $(BUILD)/memmap.txt \
		-o $(BUILD)/memmap.png

clean:
	rm -rf $(BUILD)

-include $(OBJS:.o=.d)
-include $(USER_LIB_OBJS:.o=.d) $(addsuffix .d,$(USER_BINS))
