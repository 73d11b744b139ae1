/*
 * The machine the launcher gives its guest, shared by both sides. The
 * addresses follow QEMU's virt board, so the guest's PL011 and GIC code
 * reads like the tutorial's; nothing else is there.
 *
 *   0x08000000  GICv3 distributor (64 KiB), emulated in the host kernel
 *   0x080a0000  GICv3 redistributor of vCPU 0 (2 x 64 KiB), likewise
 *   0x09000000  PL011 UART: each access exits to the launcher
 *   0x0a000000  the launcher's bench register (writes only)
 *   0x40000000  RAM, 2 MiB: the guest image from its first byte
 *   0x44000000  nothing: an access there is a stage-2 fault that the
 *               launcher answers with an external data abort
 */
#ifndef KVM_LAYOUT_H
#define KVM_LAYOUT_H

#ifdef __ASSEMBLER__
#define UL(x)                   x
#else
#define UL(x)                   x##UL
#endif

#define GICD_BASE               UL(0x08000000)
#define GICR_BASE               UL(0x080a0000)
#define GICR_SGI_BASE           (GICR_BASE + UL(0x10000))
#define UART_BASE               UL(0x09000000)  /* = PL011_BASE, common/uart.h */
#define UART_SIZE               UL(0x1000)
#define BENCH_BASE              UL(0x0a000000)
#define BENCH_SIZE              UL(0x1000)
#define RAM_BASE_IPA            UL(0x40000000)
#define RAM_SIZE                UL(0x200000)
#define UNMAPPED_IPA            UL(0x44000000)

/*
 * The bench register, at BENCH_BASE + BENCH_MARK. The guest writes
 * MARK_START just before a measured run of a loop and MARK_ONE or
 * MARK_MANY just after it (the loop run once, or N + 1 times); the
 * launcher reads the host's instruction counters at each, so it can say
 * where, in the host, the loop's instructions were retired.
 */
#define BENCH_MARK              0x0
#define MARK_START              1
#define MARK_ONE                2
#define MARK_MANY               3

/* Under -icount shift=0 one instruction takes 1 ns of virtual time and
 * the counter ticks at 62.5 MHz: 16 instructions per tick. */
#define INSNS_PER_TICK          16

#endif
