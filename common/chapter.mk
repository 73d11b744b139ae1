# Build, run, debug and test rules shared by every chapter.
#
# A chapter's Makefile sets
#   SRCS         its own sources (.S and .c), relative to the chapter
#   TEST_IMAGES  optional: names X of extra images built with -DTEST_X and
#                checked against tests/X.expect (e.g. a forced panic)
#   GUEST_SRCS   optional: sources of a guest linked on its own, at the
#                same address as the hypervisor; its raw image is
#                build/guest.bin, which the hypervisor's sources .incbin
# and includes this file. The PL011 driver and printf come from common/.

COMMON := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
TOOLS  := $(COMMON)/tools
include $(COMMON)/qemu.mk

CHAPTER := $(notdir $(CURDIR))
BUILD   := build
ELF     := $(BUILD)/hyp.elf

CROSS   ?= aarch64-linux-gnu-
CC      := $(CROSS)gcc
OBJDUMP := $(CROSS)objdump
OBJCOPY := $(CROSS)objcopy
HOSTCC  ?= cc

# -mgeneral-regs-only: no FP/SIMD registers, so traps need not save them.
# -mstrict-align: with the MMU off all memory is Device memory, where an
#   unaligned access faults on real hardware (QEMU forgives it).
CFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror -ffreestanding \
          -fno-stack-protector -fno-pie -fno-asynchronous-unwind-tables \
          -mgeneral-regs-only -mstrict-align -mcpu=cortex-a53 \
          -I. -I$(COMMON)
ASFLAGS := -g -D__ASSEMBLER__ -I. -I$(COMMON) -I$(BUILD)
LDFLAGS := -nostdlib -static -no-pie -Wl,--build-id=none \
           -Wl,-z,noexecstack -Wl,--no-warn-rwx-segments
LDSCRIPT ?= $(COMMON)/kernel.ld

COMMON_SRCS := $(COMMON)/uart.c $(COMMON)/print.c
objs = $(patsubst %,$(BUILD)/$(1)/%.o,$(notdir $(basename $(2) $(COMMON_SRCS))))

vpath %.c . $(COMMON)
vpath %.S . $(COMMON)

.PHONY: all run debug gdb test objdump clean deps
all: $(ELF)

deps:
	@$(TOOLS)/deps.sh

# image NAME, EXTRA_FLAGS, OUTPUT, SOURCES: objects go to build/NAME/.
define image
$(BUILD)/$(1)/%.o: %.c $(wildcard *.h) $(wildcard $(COMMON)/*.h) | deps
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $(2) -c $$< -o $$@
$(BUILD)/$(1)/%.o: %.S $(wildcard *.h) | deps
	@mkdir -p $$(@D)
	$$(CC) $$(ASFLAGS) $(2) -c $$< -o $$@
$(3): $(call objs,$(1),$(4)) $(LDSCRIPT)
	$$(CC) $$(LDFLAGS) -T $(LDSCRIPT) $(call objs,$(1),$(4)) -o $$@
endef

# The hypervisor, and one variant per TEST_IMAGES name.
$(eval $(call image,hyp,,$(ELF),$(SRCS)))
$(foreach t,$(TEST_IMAGES),$(eval $(call image,$(t),-DTEST_$(shell echo $(t) | tr a-z- A-Z_),$(BUILD)/hyp-$(t).elf,$(SRCS))))

# The guest: an ELF of its own, then the raw bytes the hypervisor loads.
ifneq ($(GUEST_SRCS),)
GUEST_ELF := $(BUILD)/guest.elf
GUEST_BIN := $(BUILD)/guest.bin
$(eval $(call image,guest,,$(GUEST_ELF),$(GUEST_SRCS)))
$(GUEST_BIN): $(GUEST_ELF)
	$(OBJCOPY) -O binary $< $@
# Whatever .incbin's the guest is rebuilt when the guest changes.
$(foreach t,hyp $(TEST_IMAGES),$(BUILD)/$(t)/guest_image.o): $(GUEST_BIN)
endif

run: $(ELF)
	$(QEMU) $(QEMU_FLAGS) -kernel $(ELF)

# QEMU stops before the first instruction and waits for gdb. The script
# is written anew each time, so it always has this run's GDB_PORT.
.PHONY: $(BUILD)/gdbinit
$(BUILD)/gdbinit: | deps
	@mkdir -p $(@D)
	@printf '%s\n' 'file $(abspath $(ELF))' \
	    'target remote localhost:$(GDB_PORT)' \
	    'break main' > $@

debug: $(ELF) $(BUILD)/gdbinit
	@echo "QEMU waits for gdb on port $(GDB_PORT). In another terminal run:"
	@echo "    $(GDB) -x $(abspath $(BUILD)/gdbinit)"
	@echo "  (or: make -C $(CURDIR) gdb), then 'continue'. Ctrl-A x quits QEMU."
	$(QEMU) $(QEMU_FLAGS) -kernel $(ELF) -S -gdb tcp::$(GDB_PORT)

gdb: $(ELF) $(BUILD)/gdbinit
	$(GDB) -q -x $(BUILD)/gdbinit

objdump: $(ELF)
	$(OBJDUMP) -d -S $(ELF) | less

# Host unit tests: tests/test_*.c, built for this machine with the
# sanitizers on; each includes the source file it tests.
HOST_TESTS := $(patsubst tests/%.c,$(BUILD)/host/%,$(wildcard tests/test_*.c))
$(BUILD)/host/%: tests/%.c $(wildcard *.c *.h) $(wildcard $(COMMON)/*.c $(COMMON)/*.h)
	@mkdir -p $(@D)
	$(HOSTCC) -std=c11 -g -O1 -Wall -Wextra -Werror \
	    -fsanitize=address,undefined -fno-sanitize-recover=all \
	    -I. -I$(COMMON) -I$(COMMON)/tests $< -o $@

test: $(ELF) $(foreach t,$(TEST_IMAGES),$(BUILD)/hyp-$(t).elf) $(HOST_TESTS) $(BUILD)/gdbinit
	@CHAPTER='$(CHAPTER)' ELF='$(ELF)' TEST_IMAGES='$(TEST_IMAGES)' \
	 HOST_TESTS='$(HOST_TESTS)' QEMU='$(QEMU)' QEMU_MACHINE='$(QEMU_MACHINE)' \
	 QEMU_CPU='$(QEMU_CPU)' QEMU_SMP='$(QEMU_SMP)' QEMU_MEM='$(QEMU_MEM)' \
	 QEMU_EXTRA='$(QEMU_EXTRA)' QEMU_VARIANTS='$(QEMU_VARIANTS)' GDB='$(GDB)' \
	 $(TOOLS)/chapter-tests.sh

clean:
	rm -rf $(BUILD)
