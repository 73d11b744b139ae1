/*
 * GICv3 bring-up at EL1, as far as one private interrupt needs it.
 */
#include "gic.h"
#include "platform.h"
#include "sysregs.h"

#define ICC_PMR_ALLOW_ALL       0xffUL

static uintptr_t redist;

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

/* The redistributor whose GICR_TYPER affinity is this CPU's MPIDR_EL1. */
static uintptr_t find_redistributor(void)
{
	unsigned long mpidr = read_sysreg(mpidr_el1);
	uint32_t aff = (uint32_t)(((mpidr >> MPIDR_EL1_AFF3_SHIFT) & 0xff) << 24 |
				  ((mpidr >> MPIDR_EL1_AFF2_SHIFT) & 0xff) << 16 |
				  ((mpidr >> MPIDR_EL1_AFF1_SHIFT) & 0xff) << 8 |
				  ((mpidr >> MPIDR_EL1_AFF0_SHIFT) & 0xff));

	for (uintptr_t rd = GICR_BASE;; rd += GICR_STRIDE) {
		uint64_t typer = *reg64(rd + GICR_TYPER);

		if ((uint32_t)(typer >> GICR_TYPER_AFF_SHIFT) == aff)
			return rd;
		if (typer & GICR_TYPER_LAST)
			return 0;
	}
}

static void wait_rwp(uintptr_t reg, uint32_t rwp)
{
	while (*reg32(reg) & rwp)
		;
}

bool gic_init(void)
{
	/* ARE may change only while every group is disabled. */
	*reg32(GICD_BASE + GICD_CTLR) = 0;
	wait_rwp(GICD_BASE + GICD_CTLR, GICD_CTLR_RWP);
	*reg32(GICD_BASE + GICD_CTLR) = GICD_CTLR_ARE;
	wait_rwp(GICD_BASE + GICD_CTLR, GICD_CTLR_RWP);
	*reg32(GICD_BASE + GICD_CTLR) = GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP1;
	wait_rwp(GICD_BASE + GICD_CTLR, GICD_CTLR_RWP);

	redist = find_redistributor();
	if (redist == 0)
		return false;
	*reg32(redist + GICR_WAKER) &= ~GICR_WAKER_PROCESSOR_SLEEP;
	while (*reg32(redist + GICR_WAKER) & GICR_WAKER_CHILDREN_ASLEEP)
		;

	write_sysreg(icc_sre_el1, ICC_SRE_EL1_SRE);
	isb();
	write_sysreg(icc_ctlr_el1, 0);          /* EOImode 0: EOI also deactivates */
	write_sysreg(icc_pmr_el1, ICC_PMR_ALLOW_ALL);
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

void gic_disable_ppi(unsigned intid)
{
	*reg32(redist + GICR_SGI_BASE + GICR_ICENABLER0) = 1U << intid;
	wait_rwp(redist + GICR_CTLR, GICR_CTLR_RWP);
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
