# The one definition of how QEMU is started. Override any variable on the
# make command line, e.g. `make run QEMU_CPU=cortex-a53 QEMU_SMP=4 QEMU_MEM=2G`.
#
#   virtualization=on   give the CPU EL2, and start the image there
#   gic-version=3       a GICv3 (system-register CPU interface, list registers)
#   -nographic          the UART is our terminal; Ctrl-A x quits QEMU
#   -nic none           no network card (its boot ROM is not installed)
QEMU         ?= qemu-system-aarch64
QEMU_MACHINE ?= virt,virtualization=on,gic-version=3
QEMU_CPU     ?= cortex-a72
QEMU_SMP     ?= 1
QEMU_MEM     ?= 128M
QEMU_EXTRA   ?=
QEMU_FLAGS    = -M $(QEMU_MACHINE) -cpu $(QEMU_CPU) -smp $(QEMU_SMP) \
                -m $(QEMU_MEM) -nographic -nic none $(QEMU_EXTRA)

# The machine variants every chapter is tested on, besides the default:
# cpu,smp,memory per word.
QEMU_VARIANTS ?= cortex-a53,4,2G max,2,512M cortex-a72,3,1G cortex-a57,1,128M

GDB      ?= gdb-multiarch
# `make debug`'s port for QEMU's gdb stub, one per user: students who
# share a machine do not collide (uid 1000 gets 11000, uid 1001 11001).
GDB_PORT ?= $(shell echo $$((10000 + $$(id -u) % 50000)))

# `make run` stops QEMU when it has not powered off after RUN_TIMEOUT
# seconds, and says so: a hung image is reported, not waited on for
# ever. RUN_TIMEOUT=0 waits for ever (a guest you want to watch).
RUN_TIMEOUT ?= 20
