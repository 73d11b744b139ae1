/*
 * A small kernel for QEMU's virt board, at EL1. It does not know whether
 * a hypervisor is below it; it looks once, and says what it found. Every
 * other line it prints is the same on the bare board and under the
 * hypervisor of chapter 05.
 */
#include <stdbool.h>
#include <stdint.h>
#include "gic.h"
#include "mmu.h"
#include "platform.h"
#include "print.h"
#include "sysregs.h"
#include "timer.h"
#include "uart.h"

/* PSCI (Arm DEN 0022) through HVC, the conduit QEMU's board describes
 * when it has no EL2, and the one a hypervisor answers. */
#define PSCI_VERSION            0x84000000UL
#define PSCI_SYSTEM_OFF         0x84000008UL

/* The chapter's hypervisor answers the vendor-specific hypervisor call
 * HYP_VERSION (SMCCC owner 6, function 1) with its version. */
#define HYP_NULL                0xc6000000UL
#define HYP_VERSION             0xc6000001UL
#define SMCCC_NOT_SUPPORTED     (~0UL)       /* -1 */

#define TIMER_HZ                100
#define TIMER_TICKS             5

static const char greeting[] = "the same bytes, seen through a second virtual address";

static volatile bool probing, probe_undefined;
static bool hypervisor;         /* what report_platform() found */

/* Set while the benchmarks run: expected faults are skipped silently. */
static volatile bool quiet;

static unsigned long hvc_call(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	__asm__ volatile("hvc #0" : "+r"(x0) : :
		"x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10",
		"x11", "x12", "x13", "x14", "x15", "x16", "x17", "memory");
	return x0;
}

static void power_off(void) __attribute__((noreturn));
static void power_off(void)
{
	kprintf("guest: PSCI SYSTEM_OFF\n");
	hvc_call(PSCI_SYSTEM_OFF);
	kprintf("guest: error: still running after SYSTEM_OFF\n");
	for (;;)
		__asm__ volatile("wfi");
}

/* A synchronous exception at EL1 (vectors.S). The only one expected is
 * the undefined HVC of the probe below, on a board without EL2. */
void sync_handler(void)
{
	unsigned long esr = read_sysreg(esr_el1);
	unsigned ec = (unsigned)((esr >> ESR_EC_SHIFT) & ESR_EC_MASK);

	if (probing && ec == ESR_EC_UNKNOWN) {
		probe_undefined = true;
		write_sysreg(elr_el1, read_sysreg(elr_el1) + 4);
		return;
	}
	if (quiet && ec == ESR_EC_DABT_CUR) {
		write_sysreg(elr_el1, read_sysreg(elr_el1) + 4);
		return;
	}
	kprintf("guest: unexpected exception: ESR_EL1 0x%08lx at 0x%lx, "
		"FAR_EL1 0x%lx\n", esr, read_sysreg(elr_el1), read_sysreg(far_el1));
	power_off();
}

#ifdef TEST_BENCH
#include "bench.h"
static unsigned long ack_eoi_el2;       /* EL2 instructions during them */
#endif

void irq_handler(void)
{
	unsigned intid;
#ifdef TEST_BENCH
	unsigned long el2 = read_sysreg(pmevcntr1_el0);
#endif

	intid = gic_ack();
	if (intid == ICC_INTID_SPURIOUS)
		return;
	if (intid == INTID_CNTV)
		timer_irq();
	else
		kprintf("guest: unexpected interrupt %u\n", intid);
	gic_eoi(intid);
#ifdef TEST_BENCH
	ack_eoi_el2 += read_sysreg(pmevcntr1_el0) - el2;
#endif
}

void unexpected_handler(void)
{
	kprintf("guest: unexpected exception: ESR_EL1 0x%08lx at 0x%lx\n",
		read_sysreg(esr_el1), read_sysreg(elr_el1));
	power_off();
}

/* Is there a hypervisor? Ask it for its version with HVC. Without EL2,
 * HVC is either an undefined instruction (our sync handler notes it) or,
 * on QEMU's board, answered by its PSCI firmware, which knows no such
 * call and says NOT_SUPPORTED. */
static void report_platform(void)
{
	unsigned long v;

	probing = true;
	v = hvc_call(HYP_VERSION);
	probing = false;
	hypervisor = !probe_undefined && v != SMCCC_NOT_SUPPORTED;
	if (probe_undefined)
		kprintf("guest: no hypervisor: HVC is undefined\n");
	else if (v == SMCCC_NOT_SUPPORTED)
		kprintf("guest: no hypervisor: HVC 0x%lx is not supported\n", HYP_VERSION);
	else
		kprintf("guest: a hypervisor answers HVC: version %lu.%lu\n",
			v >> 16, v & 0xffff);
}

/* Read the ID space register S3_0_C0_C<crm>_<op2> (crm 1-7): by that
 * name, which any assembler knows. */
#define ID_READ(m, n)   case (m) * 8 + (n): return read_sysreg(S3_0_C0_C##m##_##n);
#define ID_READ_ROW(m)  ID_READ(m, 0) ID_READ(m, 1) ID_READ(m, 2) ID_READ(m, 3) \
			ID_READ(m, 4) ID_READ(m, 5) ID_READ(m, 6) ID_READ(m, 7)

static unsigned long read_id_space(unsigned crm, unsigned op2)
{
	switch (crm * 8 + op2) {
	ID_READ_ROW(1) ID_READ_ROW(2) ID_READ_ROW(3) ID_READ_ROW(4)
	ID_READ_ROW(5) ID_READ_ROW(6) ID_READ_ROW(7)
	}
	return ~0UL;
}

/* The encodings of the ID space that the Arm ARM gives no register, one
 * bit per op2, by CRm: they must read as zero. */
static const unsigned char id_unallocated[8] = {
	[3] = 0x88, [4] = 0x48, [5] = 0xc8, [6] = 0xf0, [7] = 0xe0,
};

/* Read every encoding of the ID space, as a kernel probing its CPU does:
 * none may be undefined, the unallocated ones read as zero, EL2 is not
 * there. The fingerprint of all 56 values (FNV-1a) is the same on the
 * bare board and under the hypervisor when it hides nothing this CPU
 * has, as on the tests' cortex-a72. */
static void probe_id_space(void)
{
	unsigned zero = 0, unallocated = 0;
	uint32_t fingerprint = 2166136261U;

	for (unsigned crm = 1; crm <= 7; crm++) {
		for (unsigned op2 = 0; op2 <= 7; op2++) {
			unsigned long v = read_id_space(crm, op2);

			for (unsigned i = 0; i < 64; i += 8)
				fingerprint = (fingerprint ^ ((v >> i) & 0xff)) * 16777619U;
			if (!(id_unallocated[crm] & (1U << op2)))
				continue;
			unallocated++;
			zero += v == 0;
		}
	}
	kprintf("guest: 56 ID space reads; %u of %u unallocated encodings read "
		"as 0; EL2 field %lu; fingerprint 0x%08x\n", zero, unallocated,
		(read_id_space(4, 0) & ID_AA64PFR0_EL1_EL2_MASK) >>
		ID_AA64PFR0_EL1_EL2_SHIFT, fingerprint);
}

/* Sleep until the timer has ticked `count` times. Test and WFI with IRQs
 * masked, so no tick is lost between them; WFI wakes on a pending
 * interrupt even while it is masked, and the short unmask lets the
 * handler run. */
static void wait_for_ticks(unsigned count)
{
	while (timer_ticks() < count) {
		__asm__ volatile("wfi");
		__asm__ volatile("msr daifclr, %0\n\tisb\n\tmsr daifset, %0"
				 : : "i"(DAIFSET_I) : "memory");
	}
}

#ifdef TEST_BENCH
/* `make bench`. Under the hypervisor: what a trap of each kind costs and
 * what delivering a timer interrupt costs; natively only the boot. */
#define BENCH_N         100
#define BENCH_N_FAULTS  10
#define BENCH_N_TICKS   10

static BENCH_LOOP void loop_hvc_null(unsigned long n)
{
	__asm__ volatile("1: mov x0, %1\n\thvc #0\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(HYP_NULL)
			 : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
			   "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16",
			   "x17", "memory");
}

static BENCH_LOOP void loop_sysreg_read(unsigned long n)
{
	__asm__ volatile("1: mrs x1, id_aa64pfr0_el1\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : : "x1", "memory");
}

static BENCH_LOOP void loop_mmio_write(unsigned long n)
{
	__asm__ volatile("1: str %w2, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(PL011_BASE + UARTIMSC), "r"(0UL) : "memory");
}

/* The hypervisor maps nothing at IPA 0x44000000 (where, physically, the
 * guest's own RAM is). */
static BENCH_LOOP void loop_stage2_fault(unsigned long n)
{
	__asm__ volatile("1: ldr w1, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(0x44000000UL) : "x1", "memory");
}

/* n timer interrupts. Not a loop of instructions, but measured the same
 * way: once, then n + 1 times. */
static BENCH_LOOP void timer_ticks_n(unsigned long n)
{
	timer_start(TIMER_HZ, (unsigned)n, false);
	wait_for_ticks((unsigned)n);
}

static void run_benchmarks(void)
{
	struct count one, many;

	quiet = true;
	pmu_start();
	bench("empty", loop_empty, BENCH_N);
	bench("hvc-null", loop_hvc_null, BENCH_N);
	bench("sysreg-read", loop_sysreg_read, BENCH_N);
	bench("mmio-write", loop_mmio_write, BENCH_N);
	bench("stage2-fault", loop_stage2_fault, BENCH_N_FAULTS);

	timer_ticks_n(1);
	one = measure(timer_ticks_n, 1);
	ack_eoi_el2 = 0;
	many = measure(timer_ticks_n, BENCH_N_TICKS + 1);
	kprintf("bench: virq %u %lu %lu %lu %lu\n", BENCH_N_TICKS, one.el1,
		one.el2, many.el1, many.el2);
	/* EL2 only: at EL1 these are the guest's own two instructions. */
	kprintf("bench: virq-ack-eoi = - %lu\n", ack_eoi_el2 / (BENCH_N_TICKS + 1));
	quiet = false;
}
#endif

/* regcheck.S: load 32 bits from addr with x1-x28 loaded with values of
 * their own, and return which of them came back changed (bit n for xn). */
unsigned long load_changes_registers(uintptr_t addr);

void main(void)
{
	unsigned long changed;

	uart_init();
	kprintf("guest: hello from EL%u\n", current_el());
#ifdef TEST_BENCH
	/* Counted from reset: see boot.S. */
	kprintf("bench: boot-to-first-line = %lu %lu\n",
		read_sysreg(pmevcntr0_el0), read_sysreg(pmevcntr1_el0));
#endif
	report_platform();
	changed = load_changes_registers(PL011_BASE + UARTFR);
	if (changed != 0)
		kprintf("guest: error: a load from UARTFR changed registers "
			"(bit n for xn: 0x%lx)\n", changed);
	else
		kprintf("guest: x1-x28 as they were after a load from UARTFR\n");
	probe_id_space();

	mmu_init();
	kprintf("guest: stage-1 MMU on, SCTLR_EL1 = 0x%08lx\n",
		read_sysreg(sctlr_el1));
	kprintf("guest: at VA 0x%lx: \"%s\"\n",
		(unsigned long)greeting - RAM_BASE + ALIAS_VA,
		(const char *)((uintptr_t)greeting - RAM_BASE + ALIAS_VA));

	if (!gic_init()) {
		kprintf("guest: error: no GIC redistributor for this CPU\n");
		power_off();
	}
	gic_enable_ppi(INTID_CNTV, GIC_PRIORITY_TIMER);
	kprintf("guest: GIC on, INTID %u enabled at priority 0x%x\n",
		INTID_CNTV, GIC_PRIORITY_TIMER);

#ifdef TEST_BENCH
	if (hypervisor)
		run_benchmarks();
	power_off();
#endif
	timer_start(TIMER_HZ, TIMER_TICKS, true);
	wait_for_ticks(TIMER_TICKS);
	gic_disable_ppi(INTID_CNTV);
	kprintf("guest: %u ticks, timer stopped\n", timer_ticks());

	kprintf("guest: PSCI version 0x%lx\n", hvc_call(PSCI_VERSION));
	power_off();
}
