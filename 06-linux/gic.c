/*
 * GICv3 bring-up for the boot CPU, as far as a private timer interrupt
 * needs it. MMIO goes through volatile pointers; CPU-interface registers
 * are system registers (ICC_*), reached through ICC_SRE_EL2.SRE.
 */
#include <stdbool.h>
#include <stdint.h>
#include "gic.h"
#include "platform.h"
#include "print.h"
#include "sysregs.h"

/* ICC_PMR_EL1: only interrupts with a priority value below this are
 * signalled. 0xff lets every priority through. */
#define ICC_PMR_ALLOW_ALL       0xffUL

/* How long a redistributor may take to wake up. */
#define GIC_WAKE_TIMEOUT_MS     1000

static uintptr_t redist;        /* this CPU's RD_base */

static inline volatile uint32_t *reg32(uintptr_t addr)
{
	return (volatile uint32_t *)addr;
}

static inline volatile uint64_t *reg64(uintptr_t addr)
{
	return (volatile uint64_t *)addr;
}

static inline volatile uint8_t *reg8(uintptr_t addr)
{
	return (volatile uint8_t *)addr;
}

/* Each CPU has a redistributor; GICR_TYPER tells whose it is, and how
 * big it is. Walk them until the affinity matches ours
 * (Aff3.Aff2.Aff1.Aff0). */
static uintptr_t find_redistributor(void)
{
	unsigned long mpidr = read_sysreg(mpidr_el1);
	uint32_t aff = (uint32_t)(((mpidr >> MPIDR_EL1_AFF3_SHIFT) & 0xff) << 24 |
				  ((mpidr >> MPIDR_EL1_AFF2_SHIFT) & 0xff) << 16 |
				  ((mpidr >> MPIDR_EL1_AFF1_SHIFT) & 0xff) << 8 |
				  ((mpidr >> MPIDR_EL1_AFF0_SHIFT) & 0xff));

	for (uintptr_t rd = GICR_BASE;;) {
		uint64_t typer = *reg64(rd + GICR_TYPER);

		if ((uint32_t)(typer >> GICR_TYPER_AFF_SHIFT) == aff)
			return rd;
		if (typer & GICR_TYPER_LAST)
			return 0;
		/* A GICv4 redistributor with virtual LPIs has two more frames. */
		rd += (typer & GICR_TYPER_VLPIS) ? GICR_STRIDE_VLPIS : GICR_STRIDE;
	}
}

/* Wait for GICR_WAKER.ChildrenAsleep to clear, within a bound: a GIC
 * that never answers (or whose power controller holds it) is reported,
 * not waited for forever. Timed with the system counter. */
static bool redistributor_awake(void)
{
	unsigned long start = read_sysreg(cntpct_el0);
	unsigned long limit = read_sysreg(cntfrq_el0) / 1000 * GIC_WAKE_TIMEOUT_MS;

	while (*reg32(redist + GICR_WAKER) & GICR_WAKER_CHILDREN_ASLEEP) {
		if (read_sysreg(cntpct_el0) - start > limit)
			return false;
	}
	return true;
}

static void gicd_wait_for_write(void)
{
	while (*reg32(GICD_BASE + GICD_CTLR) & GICD_CTLR_RWP)
		;
}

bool gic_init(void)
{
	/* Distributor: affinity routing on (the GICv3 way: interrupts are
	 * routed by MPIDR, not by an 8-bit CPU mask), Group 1 forwarded.
	 * ARE may change only while every group is disabled: disable them
	 * first, in case an earlier boot stage left one on. */
	*reg32(GICD_BASE + GICD_CTLR) = 0;
	gicd_wait_for_write();
	*reg32(GICD_BASE + GICD_CTLR) = GICD_CTLR_ARE;
	gicd_wait_for_write();
	*reg32(GICD_BASE + GICD_CTLR) = GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP1;
	gicd_wait_for_write();

	/* Redistributor: a redistributor comes out of reset asleep; wake it
	 * and wait until it says it is awake. */
	redist = find_redistributor();
	if (redist == 0) {
		kprintf("error: no GIC redistributor matches this CPU\n");
		return false;
	}
	*reg32(redist + GICR_WAKER) &= ~GICR_WAKER_PROCESSOR_SLEEP;
	if (!redistributor_awake()) {
		kprintf("error: the GIC redistributor at 0x%lx stays asleep "
			"(GICR_WAKER 0x%x after %u ms)\n", (unsigned long)redist,
			*reg32(redist + GICR_WAKER), GIC_WAKE_TIMEOUT_MS);
		return false;
	}

	/* CPU interface: system-register access at EL2 (and let EL1 choose
	 * it too), then priority mask, binary point and Group 1 enable. */
	write_sysreg(icc_sre_el2, ICC_SRE_EL2_SRE | ICC_SRE_EL2_ENABLE);
	isb();
	/* SRE may be fixed at 0 (a CPU interface reached only through
	 * memory, GICv2 style): then every ICC_* access below would be
	 * UNDEFINED. Read it back. */
	if (!(read_sysreg(icc_sre_el2) & ICC_SRE_EL2_SRE)) {
		kprintf("error: ICC_SRE_EL2.SRE stays 0: this GIC CPU interface "
			"has no system-register access\n");
		return false;
	}
	/* EOImode 1: ICC_EOIR1_EL1 only drops the running priority, and the
	 * interrupt stays active until deactivated. An interrupt the
	 * hypervisor hands to the guest stays active at the physical GIC
	 * (so it cannot fire again) until the guest ends its virtual copy;
	 * the list register's HW bit makes that also deactivate this one. */
	write_sysreg(icc_ctlr_el1, ICC_CTLR_EL1_EOIMODE);
	write_sysreg(icc_pmr_el1, ICC_PMR_ALLOW_ALL);
	/* Binary point: the smallest value the GIC allows (it raises 0 to
	 * its minimum), so priority groups are as fine as they can be. */
	write_sysreg(icc_bpr1_el1, 0);
	write_sysreg(icc_igrpen1_el1, ICC_IGRPEN1_EL1_ENABLE);
	isb();
	return true;
}

void gic_enable_ppi(unsigned intid, uint8_t priority)
{
	uintptr_t sgi = redist + GICR_SGI_BASE;

	*reg32(sgi + GICR_IGROUPR0) |= 1U << intid;
	*reg8(sgi + GICR_IPRIORITYR + intid) = priority;
	*reg32(sgi + GICR_ISENABLER0) = 1U << intid;
}

void gic_enable_spi(unsigned intid, uint8_t priority)
{
	unsigned long mpidr = read_sysreg(mpidr_el1);
	uintptr_t bit = 1U << (intid % 32);

	/* GICD_IROUTER: Aff3.Aff2.Aff1.Aff0 in bits [39:32], [23:0] as in
	 * MPIDR_EL1, and Interrupt_Routing_Mode 0 (this CPU only). */
	*reg64(GICD_BASE + GICD_IROUTER + 8 * intid) =
		mpidr & (0xffUL << MPIDR_EL1_AFF3_SHIFT | MPIDR_EL1_AFF012_MASK);
	*reg32(GICD_BASE + GICD_IGROUPR + 4 * (intid / 32)) |= (uint32_t)bit;
	*reg8(GICD_BASE + GICD_IPRIORITYR + intid) = priority;
	/* Level-triggered: Int_config [1] = 0. */
	*reg32(GICD_BASE + GICD_ICFGR + 4 * (intid / 16)) &=
		~(GICD_ICFGR_EDGE << (2 * (intid % 16)));
	*reg32(GICD_BASE + GICD_ISENABLER + 4 * (intid / 32)) = (uint32_t)bit;
	gicd_wait_for_write();
}

unsigned gic_ack(void)
{
	return (unsigned)(read_sysreg(icc_iar1_el1) & ICC_IAR1_EL1_INTID_MASK);
}

void gic_eoi(unsigned intid)
{
	write_sysreg(icc_eoir1_el1, intid);
	isb();
}

void gic_deactivate(unsigned intid)
{
	write_sysreg(icc_dir_el1, intid);
	isb();
}
