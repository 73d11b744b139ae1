# Build, run, debug and test rules shared by every chapter.
#
# A chapter's Makefile sets, before including this file,
#   SRCS         its own sources (.S and .c), relative to the chapter
#   TEST_IMAGES  optional: names X of extra images built with -DTEST_X and
#                checked against tests/X.expect (e.g. a forced panic)
#   GUEST_SRCS   optional: sources of a guest linked on its own, at the
#                same address as the hypervisor; its raw image is
#                build/guest.bin, which the hypervisor's guest_image.S
#                .incbin's (its path is the macro GUEST_IMAGE)
#   GUEST_DIR    optional, instead: a directory with a guest program of
#                its own (its own Makefile, build/guest.bin); `make run
#                GUEST=file.bin` gives the hypervisor another raw image
#   BENCH        optional, yes: the chapter measures itself (`make bench`)
#                in an image built with -DTEST_BENCH, guest included
#   BENCH_NATIVE optional: a QEMU command (without -icount) whose guest
#                prints "bench:" lines on the bare board too
# and includes this file. Compiling and linking: common/build.mk.

include $(dir $(lastword $(MAKEFILE_LIST)))build.mk
include $(COMMON)/qemu.mk
comma := ,

CHAPTER := $(notdir $(CURDIR))
ELF     := $(BUILD)/hyp.elf

.DEFAULT_GOAL := all
.PHONY: all run debug gdb test objdump clean
all: $(ELF)

# The hypervisor, and one variant per TEST_IMAGES name.
$(eval $(call image,hyp,,$(ELF),$(SRCS)))
$(foreach t,$(TEST_IMAGES),$(eval $(call image,$(t),-DTEST_$(shell echo $(t) | tr a-z- A-Z_),$(BUILD)/hyp-$(t).elf,$(SRCS))))

# The guest: an ELF of its own, then the raw bytes the hypervisor loads.
ifneq ($(GUEST_SRCS),)
GUEST_ELF := $(BUILD)/guest.elf
GUEST     := $(BUILD)/guest.bin
$(eval $(call image,guest,,$(GUEST_ELF),$(GUEST_SRCS)))
endif
ifneq ($(GUEST_DIR),)
GUEST_ELF := $(GUEST_DIR)/build/guest.elf
GUEST     ?= $(GUEST_DIR)/build/guest.bin
# Its own make decides whether it is out of date (FORCE: ask it every
# time); what depends on it is rebuilt only if the file really changed.
$(GUEST_DIR)/build/guest.bin: FORCE
	@$(MAKE) -s -C $(GUEST_DIR)
endif
ifneq ($(GUEST),)
ifeq ($(wildcard $(GUEST)),)
ifeq ($(filter $(GUEST_DIR)/build/guest.bin $(BUILD)/guest.bin,$(GUEST)),)
$(error GUEST=$(GUEST): no such file)
endif
endif
ASFLAGS += -DGUEST_IMAGE='"$(abspath $(GUEST))"'
# guest_image.S is assembled again when the guest, or its path, changes.
$(BUILD)/guest-image.path: FORCE
	@mkdir -p $(@D)
	@echo '$(abspath $(GUEST))' | cmp -s - $@ 2>/dev/null || echo '$(abspath $(GUEST))' > $@
$(foreach t,hyp $(TEST_IMAGES),$(BUILD)/$(t)/guest_image.o): $(GUEST) $(BUILD)/guest-image.path
endif
.PHONY: FORCE
FORCE:

# Test guests: each tests/guests/NAME.S (or .c) is a raw image of its
# own; build/hyp-tg-NAME.elf is the hypervisor carrying it instead of its
# usual guest, checked against tests/guests/NAME.expect.
TEST_GUESTS := $(sort $(basename $(notdir $(wildcard tests/guests/*.S tests/guests/*.c))))
$(foreach g,$(TEST_GUESTS),$(eval $(call image,tg-$(g),,$(BUILD)/tg-$(g).elf,$(wildcard tests/guests/$(g).S tests/guests/$(g).c))))
$(BUILD)/tg-hyp/%.o: guest_image.S $(BUILD)/tg-%.bin
	@mkdir -p $(@D)
	$(CC) $(filter-out -DGUEST_IMAGE=%,$(ASFLAGS)) \
	    -DGUEST_IMAGE='"$(abspath $(BUILD)/tg-$*.bin)"' -c $< -o $@
$(BUILD)/hyp-tg-%.elf: $(filter-out %/guest_image.o,$(call objs,hyp,$(SRCS))) $(BUILD)/tg-hyp/%.o $(LDSCRIPT)
	$(CC) $(LDFLAGS) -T $(LDSCRIPT) $(filter %.o,$^) -o $@

# `make bench`: the image built with -DTEST_BENCH (and its guest too) runs
# under -icount, where QEMU is deterministic and the PMU counts exactly;
# its "bench:" lines are the raw counts (common/tools/bench.sh reads them).
ifeq ($(BENCH),yes)
BENCH_ELF := $(BUILD)/hyp-bench.elf
ICOUNT    := -icount shift=0,align=off,sleep=off
$(eval $(call image,bench,-DTEST_BENCH,$(BENCH_ELF),$(SRCS)))
ifneq ($(GUEST_SRCS),)
$(eval $(call image,guest-bench,-DTEST_BENCH,$(BUILD)/guest-bench.elf,$(GUEST_SRCS)))
BENCH_GUEST := $(BUILD)/guest-bench.bin
endif
ifneq ($(GUEST_DIR),)
BENCH_GUEST := $(GUEST_DIR)/build/guest-bench.bin
$(BENCH_GUEST): FORCE
	@$(MAKE) -s -C $(GUEST_DIR) PROGRAM=guest-bench EXTRA_CFLAGS=-DTEST_BENCH
endif
ifneq ($(BENCH_GUEST),)
$(BUILD)/bench/guest_image.o: $(BENCH_GUEST)
$(BUILD)/bench/guest_image.o: ASFLAGS := $(filter-out -DGUEST_IMAGE=%,$(ASFLAGS)) \
	-DGUEST_IMAGE='"$(abspath $(BENCH_GUEST))"'
endif
.PHONY: bench
bench: $(BENCH_ELF) $(BENCH_GUEST)
	@$(QEMU) $(QEMU_FLAGS) $(ICOUNT) -kernel $(BENCH_ELF) </dev/null 2>/dev/null | \
		tr -d '\r' | grep '^bench:' | sed 's/^bench: /$(CHAPTER) /'
ifneq ($(GUEST_DIR),)
	@$(QEMU) $(subst virtualization=on$(comma),,$(QEMU_FLAGS)) $(ICOUNT) \
		-kernel $(GUEST_DIR)/build/guest-bench.elf </dev/null 2>/dev/null | \
		tr -d '\r' | grep '^bench:' | sed 's/^bench: /$(CHAPTER) /'
endif
ifneq ($(BENCH_NATIVE),)
	@$(BENCH_NATIVE) $(ICOUNT) </dev/null 2>/dev/null | \
		tr -d '\r' | grep '^bench:' | sed 's/^bench: /$(CHAPTER) /'
endif
endif

# QEMU with the ARGUMENTS, under run-timeout.sh (common/qemu.mk says
# why); the line make shows is the QEMU command alone, as without it.
run_qemu = $(if $(filter-out 0,$(RUN_TIMEOUT)),@$(if $(findstring s,$(firstword -$(MAKEFLAGS))),,echo '$(QEMU) $(1)';) \
	$(TOOLS)/run-timeout.sh $(RUN_TIMEOUT) )$(QEMU) $(1)

# `make quick`: the tests on the default machine only, without fuzzing;
# a boot that has not powered off after QUICK_TIMEOUT seconds is hung.
QUICK_TIMEOUT ?= 5
.PHONY: quick
quick:
	@$(MAKE) -s --no-print-directory test QEMU_VARIANTS= FUZZ_TESTS= \
		BOOT_TIMEOUT=$(QUICK_TIMEOUT)

run: $(ELF)
	$(call run_qemu,$(QEMU_FLAGS) -kernel $(ELF))

# Another image of the chapter: `make run-panic` boots build/hyp-panic.elf,
# `make run-tg-mini` the hypervisor carrying test guest mini.
run-%: $(BUILD)/hyp-%.elf
	$(call run_qemu,$(QEMU_FLAGS) -kernel $<)

# The guest alone on the bare board: the same machine without
# virtualization=on, so the CPU starts it at EL1.
ifneq ($(GUEST_DIR),)
.PHONY: run-native
run-native: $(GUEST_DIR)/build/guest.bin
	$(call run_qemu,$(subst virtualization=on$(comma),,$(QEMU_FLAGS)) -kernel $(GUEST_ELF))
endif

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

# Fuzz tests: tests/fuzz_*.c, libFuzzer targets built with clang and the
# sanitizers. `make test` gives each a short, fixed run; `make fuzz` a
# longer one (FUZZ_SECONDS each).
FUZZ_TESTS   := $(patsubst tests/%.c,$(BUILD)/fuzz/%,$(wildcard tests/fuzz_*.c))
FUZZ_RUNS    ?= 20000
FUZZ_SECONDS ?= 60
$(BUILD)/fuzz/%: tests/%.c $(wildcard *.c *.h) $(wildcard $(COMMON)/*.c $(COMMON)/*.h) | deps
	@mkdir -p $(@D)
	clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all -I. -I$(COMMON) $< -o $@

.PHONY: fuzz
fuzz: $(FUZZ_TESTS)
	@for f in $(FUZZ_TESTS); do \
		echo "fuzzing $$f for $(FUZZ_SECONDS) s"; \
		mkdir -p $$f.corpus; \
		if $$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=$$f- $$f.corpus >$$f.log 2>&1; then \
			grep -E "^(stat::number_of_executed_units|Done)" $$f.log; \
		else \
			tail -n 40 $$f.log; echo "FAIL: $$f (input saved as $$f-crash-*)"; exit 1; \
		fi; \
	done

# Every image the tests boot, and every program the docs run.
.PHONY: test-images
test-images: $(ELF) $(foreach t,$(TEST_IMAGES),$(BUILD)/hyp-$(t).elf) $(BUILD)/gdbinit \
      $(foreach g,$(TEST_GUESTS),$(BUILD)/hyp-tg-$(g).elf $(BUILD)/tg-$(g).bin) \
      $(if $(GUEST_DIR),$(GUEST_DIR)/build/guest.bin) \
      $(BENCH_ELF) $(BENCH_GUEST) $(HOST_TESTS)

test: test-images $(FUZZ_TESTS)
	@CHAPTER='$(CHAPTER)' ELF='$(ELF)' TEST_IMAGES='$(TEST_IMAGES)' \
	 TEST_GUESTS='$(TEST_GUESTS)' GUEST_ELF='$(if $(GUEST_DIR),$(GUEST_ELF))' \
	 HOST_TESTS='$(HOST_TESTS)' FUZZ_TESTS='$(FUZZ_TESTS)' FUZZ_RUNS='$(FUZZ_RUNS)' QEMU='$(QEMU)' QEMU_MACHINE='$(QEMU_MACHINE)' \
	 QEMU_CPU='$(QEMU_CPU)' QEMU_SMP='$(QEMU_SMP)' QEMU_MEM='$(QEMU_MEM)' \
	 QEMU_EXTRA='$(QEMU_EXTRA)' QEMU_VARIANTS='$(QEMU_VARIANTS)' GDB='$(GDB)' \
	 CHECK_DOCS='$(CHECK_DOCS)' \
	 $(TOOLS)/chapter-tests.sh

clean:
	rm -rf $(BUILD)
