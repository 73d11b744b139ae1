# A bare-metal hypervisor for AArch64, chapter by chapter.
# `make help` lists the targets.

CHAPTERS := $(sort $(patsubst %/,%,$(wildcard [0-9][0-9]-*/)))
CH ?= $(lastword $(CHAPTERS))
# CH=01 and CH=01-hello-uart both name the first chapter.
chapter = $(or $(firstword $(filter $(1) $(1)-%,$(CHAPTERS))),$(error no chapter '$(1)'; chapters: $(CHAPTERS)))

# The number of chapter CH, for the labs: 01-hello-uart -> 01.
chnum = $(firstword $(subst -, ,$(call chapter,$(CH))))

.PHONY: help run debug gdb test quick bench bench-kvm fuzz diff docs clean deps tools lab grade check
help:
	@echo "make run [CH=01]      build a chapter and boot it in QEMU (default: $(CH))"
	@echo "make test             build and test every chapter; ends with 'N passed, 0 failed'"
	@echo "                      (QUICK=1: without the KVM comparison, which needs make deps)"
	@echo "make quick [CH=01]    one chapter's tests on the default machine only, short timeouts"
	@echo "make bench            instructions per virtualization operation (QEMU -icount)"
	@echo "make bench-kvm        the same operations under Linux KVM, nVHE and VHE: boots"
	@echo "                      Debian's arm64 kernel twice (about 20 s, after make deps)"
	@echo "make fuzz             fuzz the decoders that read guest input (FUZZ_SECONDS each)"
	@echo "make debug [CH=01]    boot with QEMU waiting for gdb; prints how to attach"
	@echo "make gdb [CH=01]      attach gdb-multiarch to 'make debug' (second terminal)"
	@echo "make diff A=01 B=02   what chapter B adds to chapter A"
	@echo "make docs             regenerate what docs/ shows from real runs: command"
	@echo "                      output, Diff to previous, the benchmarks tables"
	@echo "make deps             install the Debian packages the tutorial needs, and fetch"
	@echo "                      once the kernels and BusyBox that chapter 06 and KVM"
	@echo "                      run (DEPS_CACHE)"
	@echo "make lab CH=01 [OUT=dir]  export lab 01, a student repository (default OUT=../lab01)"
	@echo "make grade [CH=01]    grade chapter 01 with its lab's checks; STUDENT=dir grades"
	@echo "                      that tree's chapter instead (a student's hand-in)"
	@echo "make check EX=01-5    check exercise 5 of chapter 01 (STUDENT=dir as for grade)"
	@echo "make clean            remove every build/ directory (not DEPS_CACHE)"
	@echo "QEMU settings (QEMU_CPU, QEMU_SMP, QEMU_MEM, ...): common/qemu.mk"

# The tools, from Debian's archive; `make deps` also fetches the guests
# that chapter 06 and the KVM comparison boot (common/tools/deps-guest.sh).
tools:
	@common/tools/deps.sh
deps: tools
	@common/tools/deps-guest.sh linux-image-arm64 linux-image-cloud-arm64 busybox-static

run debug gdb: tools
	@$(MAKE) -s -C $(call chapter,$(CH)) $@

ifeq ($(QUICK),1)
test: tools
else
test: deps
endif
	@QUICK=$(QUICK) common/tools/test-all.sh $(CHAPTERS)

# One chapter, quickly: the default machine only, no fuzzing, and a boot
# that does not power off within the chapter's QUICK_TIMEOUT counts as
# hung (common/chapter.mk).
quick: tools
	@$(MAKE) -s --no-print-directory -C $(call chapter,$(CH)) quick

lab:
	@labs/lab.sh export $(chnum) $(or $(OUT),../lab$(chnum))

grade: tools
	@labs/lab.sh grade $(chnum) $(STUDENT)

check: tools
	@test -n "$(EX)" || { echo "usage: make check EX=01-5 [STUDENT=dir]"; exit 2; }
	@labs/lab.sh check $(EX) $(STUDENT)

bench: tools
	@common/tools/bench.sh $(CHAPTERS)

bench-kvm: deps
	@common/tools/bench-kvm.sh

fuzz: tools
	@for c in $(CHAPTERS); do $(MAKE) -s --no-print-directory -C $$c fuzz || exit 1; done

diff:
	@test -n "$(A)" -a -n "$(B)" || { echo "usage: make diff A=01 B=02"; exit 2; }
	@common/tools/doc-diff.sh $(A) $(B)

docs: deps
	@common/tools/doc-diff.sh --update
	@for c in $(CHAPTERS); do $(MAKE) -s -C $$c all test-images || exit 1; done
	@common/tools/doc-output.sh --update
	@common/tools/doc-bench.sh --update

clean:
	@for c in $(CHAPTERS) kvm; do $(MAKE) -s -C $$c clean; done
	rm -rf build
