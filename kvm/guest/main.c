/*
 * The guest of `make bench-kvm`: each operation of the tutorial's
 * `make bench`, done under KVM, timed with the virtual counter.
 *
 * Under -icount shift=0 every instruction the emulated CPU retires, at
 * any exception level, in the guest or in the host, advances virtual
 * time by 1 ns, and CNTVCT_EL0 ticks every 16 ns: a batch of N
 * operations timed with the counter says how many instructions the whole
 * machine spent on each. The guest prints raw tick counts; the launcher
 * turns them into instructions (vmm.c, bench_line()).
 */
#include <stdint.h>
#include "print.h"
#include "uart.h"
#include "sysregs.h"

#define read_sysreg(r) ({ uint64_t v_; \
	__asm__ volatile("mrs %0, " #r : "=r"(v_)); v_; })
#define write_sysreg(r, v) \
	__asm__ volatile("msr " #r ", %0" : : "r"((uint64_t)(v)))

#define BENCH_N         1000    /* operations per batch */
#define REPEAT          5       /* runs of each, the shortest kept */
#define TIMER_N         20      /* timer interrupts per run */
#define TIMER_DELAY     1000    /* ticks from arming to firing */

/* Each loop alone, aligned, so its instructions are the same each time. */
#define BENCH_LOOP static __attribute__((noinline, aligned(64))) void

static inline uint64_t ticks(void)
{
	/* isb: the counter is read after every instruction before it. */
	__asm__ volatile("isb" : : : "memory");
	return read_sysreg(cntvct_el0);
}

static inline void mmio_write32(uintptr_t addr, uint32_t v)
{
	*(volatile uint32_t *)addr = v;
}

static inline uint32_t mmio_read32(uintptr_t addr)
{
	return *(volatile uint32_t *)addr;
}

static void mark(uint32_t what)
{
	mmio_write32(BENCH_BASE + BENCH_MARK, what);
}

BENCH_LOOP loop_empty(unsigned long n)
{
	__asm__ volatile("1: subs %0, %0, #1\n\tb.ne 1b" : "+r"(n));
}

/* SMCCC_VERSION: answered by KVM in the host kernel, like the
 * tutorial's null hypercall by its hypervisor. */
BENCH_LOOP loop_hvc_null(unsigned long n)
{
	__asm__ volatile("1: mov x0, %1\n\thvc #0\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"((uint64_t)SMCCC_VERSION)
			 : "x0", "x1", "x2", "x3", "memory");
}

/* ID_AA64PFR0_EL1, trapped by HCR_EL2.TID3, as in the tutorial. */
BENCH_LOOP loop_sysreg_read(unsigned long n)
{
	__asm__ volatile("1: mrs x1, id_aa64pfr0_el1\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : : "x1", "memory");
}

/* GICD_TYPER: emulated by the vGIC inside the host kernel. */
BENCH_LOOP loop_mmio_vgic(unsigned long n)
{
	__asm__ volatile("1: ldr w1, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(GICD_BASE + GICD_TYPER) : "x1", "memory");
}

/* UARTIMSC, the tutorial's store: KVM exits to the launcher for it. */
BENCH_LOOP loop_mmio_write(unsigned long n)
{
	__asm__ volatile("1: str %w2, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(UART_BASE + UARTIMSC), "r"(0UL) : "memory");
}

/* A load from where nothing is: the launcher injects a data abort and
 * the guest's vector steps over the load (boot.S, sync_spx). */
BENCH_LOOP loop_stage2_fault(unsigned long n)
{
	__asm__ volatile("1: ldr w1, [%1]\n\tsubs %0, %0, #1\n\tb.ne 1b"
			 : "+r"(n) : "r"(UNMAPPED_IPA) : "x1", "memory");
}

static uint64_t measure(void (*loop)(unsigned long), unsigned long n, uint32_t kind)
{
	uint64_t t0, t1;

	mark(MARK_START);
	t0 = ticks();
	loop(n);
	t1 = ticks();
	mark(kind);
	return t1 - t0;
}

/* The shortest of REPEAT runs: the host's scheduler tick (every 4 ms of
 * virtual time, some 20,000 instructions) falls into some runs and not
 * into others, and is not part of the operation. */
static uint64_t shortest(void (*loop)(unsigned long), unsigned long n, uint32_t kind)
{
	uint64_t best = measure(loop, n, kind);

	for (int i = 1; i < REPEAT; i++) {
		uint64_t t = measure(loop, n, kind);
		if (t < best)
			best = t;
	}
	return best;
}

/* Once to warm up, then with n = 1 and with n = N + 1. */
static void bench(const char *key, void (*loop)(unsigned long), unsigned long n)
{
	uint64_t one, many;

	loop(1);
	one = shortest(loop, 1, MARK_ONE);
	many = shortest(loop, n + 1, MARK_MANY);
	kprintf("bench: %s %lu %lu %lu\n", key, n, (unsigned long)one,
		(unsigned long)many);
}

static volatile uint64_t timer_cval, fire_to_eoi;
static volatile unsigned long timer_irqs;

void irq_handler(void)
{
	uint64_t iar = read_sysreg(icc_iar1_el1);

	/* Disarm first: the timer's condition would raise it again. */
	write_sysreg(cntv_ctl_el0, 0);
	write_sysreg(icc_eoir1_el1, iar);
	uint64_t now = ticks();
	if ((iar & ICC_IAR1_EL1_INTID_MASK) == INTID_CNTV) {
		fire_to_eoi += now - timer_cval;
		timer_irqs++;
	}
}

static void gic_init(void)
{
	write_sysreg(icc_sre_el1, read_sysreg(icc_sre_el1) | ICC_SRE_EL1_SRE);
	__asm__ volatile("isb");
	mmio_write32(GICD_BASE + GICD_CTLR, GICD_CTLR_ARE_NS | GICD_CTLR_ENABLE_G1A);
	while (mmio_read32(GICD_BASE + GICD_CTLR) & GICD_CTLR_RWP)
		;
	mmio_write32(GICR_BASE + GICR_WAKER,
		     mmio_read32(GICR_BASE + GICR_WAKER) & ~GICR_WAKER_PSLEEP);
	while (mmio_read32(GICR_BASE + GICR_WAKER) & GICR_WAKER_CASLEEP)
		;
	mmio_write32(GICR_SGI_BASE + GICR_IGROUPR0, 1U << INTID_CNTV);
	*(volatile uint8_t *)(GICR_SGI_BASE + GICR_IPRIORITYR + INTID_CNTV) =
		GIC_PRIO_TIMER;
	mmio_write32(GICR_SGI_BASE + GICR_ISENABLER0, 1U << INTID_CNTV);
	write_sysreg(icc_pmr_el1, ICC_PMR_ALL);
	write_sysreg(icc_igrpen1_el1, ICC_IGRPEN1_EL1_ENABLE);
	__asm__ volatile("isb");
}

/*
 * n virtual timer interrupts, one after the other: arm the timer
 * TIMER_DELAY ticks ahead, unmask, spin until the handler has run. The
 * ticks from the moment the timer fires to just after the guest's EOI
 * are summed over all but the first: the host takes the physical
 * interrupt, KVM injects it through the vGIC, the guest takes it,
 * acknowledges and ends it. The first is left out because KVM finishes
 * some of an interrupt's work at the next exit, which for the others is
 * the next interrupt, in the window, as in a steady stream of them.
 */
static uint64_t timer_run(unsigned long n, uint32_t kind)
{
	mark(MARK_START);
	for (unsigned long i = 0; i < n; i++) {
		if (i == 1)
			fire_to_eoi = 0;
		timer_cval = ticks() + TIMER_DELAY;
		write_sysreg(cntv_cval_el0, timer_cval);
		write_sysreg(cntv_ctl_el0, CNTV_CTL_ENABLE);
		__asm__ volatile("isb\n\tmsr daifclr, #%0" : : "i"(DAIFSET_I) : "memory");
		while (timer_irqs == i)
			;
		__asm__ volatile("msr daifset, #%0" : : "i"(DAIFSET_I) : "memory");
	}
	mark(kind);
	timer_irqs = 0;
	return fire_to_eoi;
}

/* Like bench(), so that the launcher's counters work the same way. */
static void bench_timer(void)
{
	uint64_t best = 0;

	for (int i = 0; i < REPEAT; i++)        /* the first warms up too */
		timer_run(1, MARK_ONE);
	for (int i = 0; i < REPEAT; i++) {
		uint64_t t = timer_run(TIMER_N + 1, MARK_MANY);
		if (i == 0 || t < best)
			best = t;
	}
	kprintf("bench: virq = %u %lu\n", TIMER_N, (unsigned long)best);
}

static void __attribute__((noreturn)) power_off(void)
{
	register uint64_t x0 __asm__("x0") = PSCI_SYSTEM_OFF;

	__asm__ volatile("hvc #0" : "+r"(x0) : : "x1", "x2", "x3", "memory");
	for (;;)
		__asm__ volatile("wfi");
}

void unexpected_exception(uint64_t esr, uint64_t elr, uint64_t far)
{
	kprintf("guest: unexpected exception, ESR_EL1 %lx ELR_EL1 %lx FAR_EL1 %lx\n",
		(unsigned long)esr, (unsigned long)elr, (unsigned long)far);
	power_off();
}

void main(void)
{
	uart_init();
	gic_init();
	kprintf("guest: running at EL1 under KVM\n");
	bench("empty", loop_empty, BENCH_N);
	bench("hvc-null", loop_hvc_null, BENCH_N);
	bench("sysreg-read", loop_sysreg_read, BENCH_N);
	bench("mmio-vgic", loop_mmio_vgic, BENCH_N);
	bench("mmio-write", loop_mmio_write, BENCH_N);
	bench("stage2-fault", loop_stage2_fault, BENCH_N);
	bench_timer();
	power_off();
}
