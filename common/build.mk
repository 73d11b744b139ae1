# Compiling and linking one bare-metal AArch64 program: the hypervisor of
# each chapter (through chapter.mk), and the separately built guest of
# chapter 05 (05-guest/guest/Makefile). The PL011 driver and printf from
# common/ are linked into every program.
#
# A Makefile that includes this file directly sets PROGRAM and SRCS, and
# gets build/PROGRAM.elf and its raw image build/PROGRAM.bin.

COMMON := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
TOOLS  := $(COMMON)/tools
BUILD  := build

CROSS   ?= aarch64-linux-gnu-
CC      := $(CROSS)gcc
OBJDUMP := $(CROSS)objdump
OBJCOPY := $(CROSS)objcopy
HOSTCC  ?= cc

# -mgeneral-regs-only: no FP/SIMD registers, so traps need not save them.
# -mstrict-align: with the MMU off all memory is Device memory, where an
#   unaligned access faults on real hardware (QEMU forgives it).
# -MMD -MP: each object also gets a .d file listing the headers it
#   included, so that changing any header rebuilds what uses it.
CFLAGS := -std=c11 -O2 -g -Wall -Wextra -Werror -ffreestanding \
          -fno-stack-protector -fno-pie -fno-asynchronous-unwind-tables \
          -mgeneral-regs-only -mstrict-align -mcpu=cortex-a53 -MMD -MP \
          -I. -I$(COMMON) $(EXTRA_CFLAGS)
ASFLAGS := -g -D__ASSEMBLER__ -MMD -MP -I. -I$(COMMON) $(EXTRA_CFLAGS)
LDFLAGS := -nostdlib -static -no-pie -Wl,--build-id=none \
           -Wl,-z,noexecstack -Wl,--no-warn-rwx-segments
LDSCRIPT ?= $(COMMON)/kernel.ld

# The objects of image NAME from SOURCES: build/NAME/<source path>.o, and
# build/NAME/common/uart.o, print.o.
COMMON_OBJS := common/uart common/print
objs = $(patsubst %,$(BUILD)/$(1)/%.o,$(basename $(2)) $(COMMON_OBJS))

.PHONY: deps
deps:
	@$(TOOLS)/deps.sh

# image NAME, EXTRA_FLAGS, OUTPUT, SOURCES: objects go to build/NAME/.
define image
$(BUILD)/$(1)/common/%.o: $(COMMON)/%.c $(wildcard $(COMMON)/*.h) | deps
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $(2) -c $$< -o $$@
$(BUILD)/$(1)/%.o: %.c $(wildcard *.h */*.h) $(wildcard $(COMMON)/*.h) | deps
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $(2) -c $$< -o $$@
$(BUILD)/$(1)/%.o: %.S $(wildcard *.h */*.h) | deps
	@mkdir -p $$(@D)
	$$(CC) $$(ASFLAGS) $(2) -c $$< -o $$@
$(3): $(call objs,$(1),$(4)) $(LDSCRIPT)
	$$(CC) $$(LDFLAGS) -T $(LDSCRIPT) $(call objs,$(1),$(4)) -o $$@
endef

# The raw image: the bytes of the loadable sections, from the link address.
%.bin: %.elf
	$(OBJCOPY) -O binary $< $@

# Keep intermediate files (such as a test guest's .bin): they are useful
# on their own, for `make run GUEST=...`.
.SECONDARY:

ifneq ($(PROGRAM),)
.DEFAULT_GOAL := all
.PHONY: all clean
all: $(BUILD)/$(PROGRAM).bin
$(eval $(call image,$(PROGRAM),,$(BUILD)/$(PROGRAM).elf,$(SRCS)))
clean:
	rm -rf $(BUILD)
endif

# The headers each object was built from (the .d files of -MMD).
-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
