/*
 * A virtual GICv3 for one vCPU: an emulated distributor and redistributor
 * holding the guest's settings for its 32 private INTIDs (SGIs and PPIs),
 * and the decision when an interrupt goes to the guest. Plain C: the
 * list registers themselves are in vgic_lr.c, and the host unit tests
 * stand in for it.
 */
#include <stdint.h>
#include "platform.h"
#include "print.h"
#include "sysregs.h"
#include "vgic.h"

/* Distributor registers the guest may use. */
#define GICD_CTLR               0x0000
#define GICD_TYPER              0x0004
#define GICD_PIDR2              0xffe8
#define GICD_CTLR_ENABLE_GRP1   (1U << 1)
#define GICD_CTLR_ARE           (1U << 4)
#define GICD_CTLR_DS            (1U << 6)    /* one security state */
/* GICD_TYPER: ITLinesNumber [4:0] = 0, INTIDs up to 31 only (no SPIs);
 * IDbits [23:19] = 15, INTIDs of 16 bits, the architecture's minimum. */
#define GICD_TYPER_IDBITS_SHIFT 19
#define GICD_TYPER_VALUE        (15U << GICD_TYPER_IDBITS_SHIFT)
#define GICD_SIZE               0x10000
#define GIC_PIDR2_ARCH_GICV3    0x30         /* ArchRev [7:4] = 3 */
/* Distributor registers a guest may access byte by byte, and the 64-bit
 * ones: none is implemented here (they are for SPIs and GICv2-style
 * SGIs), but the architecture lets them be accessed so. */
#define GICD_IPRIORITYR         0x0400       /* to 0x7ff, then ITARGETSR */
#define GICD_ITARGETSR_END      0x0c00
#define GICD_CPENDSGIR          0x0f10       /* then SPENDSGIR, to 0xf2f */
#define GICD_SPENDSGIR_END      0x0f30
#define GICD_IROUTER            0x6000       /* 8 bytes per INTID, to 0x7fdf */
#define GICD_IROUTER_END        0x7fe0

/* Redistributor registers (one RD_base frame, one SGI_base frame). */
#define GICR_CTLR               0x0000
#define GICR_TYPER              0x0008
#define GICR_TYPER_LAST         (1UL << 4)
#define GICR_TYPER_AFF_SHIFT    32
#define GICR_WAKER              0x0014
#define GICR_WAKER_PROCESSOR_SLEEP (1U << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1U << 2)
#define GICR_PIDR2              0xffe8
/* The redistributor's 64-bit registers for LPIs, which this GIC lacks. */
#define GICR_SETLPIR            0x0040
#define GICR_CLRLPIR            0x0048
#define GICR_PROPBASER          0x0070
#define GICR_PENDBASER          0x0078
#define GICR_INVLPIR            0x00a0
#define GICR_INVALLR            0x00b0
#define GICR_SGI_BASE           0x10000
#define GICR_IGROUPR0           (GICR_SGI_BASE + 0x0080)
#define GICR_ISENABLER0         (GICR_SGI_BASE + 0x0100)
#define GICR_ICENABLER0         (GICR_SGI_BASE + 0x0180)
#define GICR_IPRIORITYR         (GICR_SGI_BASE + 0x0400)
#define GICR_IPRIORITYR_END     (GICR_IPRIORITYR + 32)
#define GICR_SIZE               0x20000

static struct {
	uint32_t ctlr;          /* GICD_CTLR */
	uint32_t waker;         /* GICR_WAKER.ProcessorSleep */
	uint32_t group;         /* GICR_IGROUPR0 */
	uint32_t enabled;       /* GICR_ISENABLER0 */
	uint32_t pending;       /* arrived, not deliverable yet */
	uint8_t priority[32];   /* GICR_IPRIORITYR */
	unsigned long delivered;
} vgic = {
	.waker = GICR_WAKER_PROCESSOR_SLEEP,    /* asleep, as after reset */
};

static bool deliverable(unsigned intid)
{
	uint32_t bit = 1U << intid;

	return (vgic.ctlr & GICD_CTLR_ENABLE_GRP1) && (vgic.enabled & bit) &&
	       (vgic.group & bit);
}

/* Hand intid to the guest in a list register. False if none is free. */
static bool fill_lr(unsigned intid)
{
	if (!vgic_lr_fill(intid, vgic.priority[intid]))
		return false;
	vgic.delivered++;
	return true;
}

void vgic_inject_hw(unsigned intid)
{
	if (intid >= 32)
		return;                 /* not a private interrupt: not ours */
	if (deliverable(intid) && fill_lr(intid))
		return;
	/* Not now: remember it. The physical interrupt stays active (we do
	 * not deactivate it), so it cannot fire again meanwhile. */
	vgic.pending |= 1U << intid;
}

/* The guest changed its settings: deliver what has become deliverable. */
static void flush_pending(void)
{
	for (unsigned intid = 0; intid < 32; intid++) {
		uint32_t bit = 1U << intid;

		if ((vgic.pending & bit) && deliverable(intid) && fill_lr(intid))
			vgic.pending &= ~bit;
	}
}

unsigned long vgic_delivered(void)
{
	return vgic.delivered;
}

/*
 * Reserved offsets, and registers of what this GIC does not have (SPIs,
 * LPIs, ...), read as zero and ignore writes, as the GIC architecture
 * says (IHI 0069, "GIC memory-mapped register access"): a driver probes
 * them and must not fault. The access must still be one the
 * architecture allows: an aligned 32-bit word anywhere, a doubleword at
 * a 64-bit register, a byte in the byte-wide arrays. Anything else, a
 * halfword or an unaligned access, is refused, as is every width but
 * the register's own at a register this GIC implements.
 */
static bool gicd_byte_access(uint64_t offset)
{
	return (offset >= GICD_IPRIORITYR && offset < GICD_ITARGETSR_END) ||
	       (offset >= GICD_CPENDSGIR && offset < GICD_SPENDSGIR_END);
}

static bool gicd_doubleword(uint64_t offset)
{
	return offset >= GICD_IROUTER && offset < GICD_IROUTER_END;
}

static bool gicr_doubleword(uint64_t offset)
{
	switch (offset) {
	case GICR_SETLPIR: case GICR_CLRLPIR: case GICR_PROPBASER:
	case GICR_PENDBASER: case GICR_INVLPIR: case GICR_INVALLR:
		return true;
	default:
		return false;
	}
}

static bool raz_wi_access(uint64_t offset, unsigned size, bool bytes, bool doubleword)
{
	if (offset % size != 0)
		return false;
	return size == 4 || (size == 1 && bytes) || (size == 8 && doubleword);
}

static enum mmio_result gicd_raz_wi(uint64_t offset, unsigned size, uint64_t *value)
{
	if (!raz_wi_access(offset, size, gicd_byte_access(offset), gicd_doubleword(offset)))
		return MMIO_UNSUPPORTED;
	if (value != 0)
		*value = 0;
	return MMIO_DONE;
}

static enum mmio_result gicr_raz_wi(uint64_t offset, unsigned size, uint64_t *value)
{
	if (!raz_wi_access(offset, size, false, gicr_doubleword(offset)))
		return MMIO_UNSUPPORTED;
	if (value != 0)
		*value = 0;
	return MMIO_DONE;
}

static bool gicd_implemented(uint64_t offset)
{
	return offset == GICD_CTLR || offset == GICD_TYPER || offset == GICD_PIDR2;
}

static enum mmio_result gicd_read(uint64_t offset, unsigned size, uint64_t *value)
{
	if (!gicd_implemented(offset))
		return gicd_raz_wi(offset, size, value);
	if (size != 4)
		return MMIO_UNSUPPORTED;
	switch (offset) {
	case GICD_CTLR:  *value = vgic.ctlr | GICD_CTLR_DS; break;
	case GICD_TYPER: *value = GICD_TYPER_VALUE; break;
	default:         *value = GIC_PIDR2_ARCH_GICV3; break;
	}
	return MMIO_DONE;
}

/* GICD_TYPER and GICD_PIDR2 are read-only: a write is ignored. */
static enum mmio_result gicd_write(uint64_t offset, unsigned size, uint64_t value)
{
	if (!gicd_implemented(offset))
		return gicd_raz_wi(offset, size, 0);
	if (size != 4)
		return MMIO_UNSUPPORTED;
	if (offset == GICD_CTLR) {
		vgic.ctlr = (uint32_t)value & (GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP1);
		flush_pending();
	}
	return MMIO_DONE;
}

/* GICR_TYPER: the vCPU's affinity (from VMPIDR_EL2, which the guest reads
 * as its MPIDR_EL1), and Last: there is only this one redistributor. */
static uint64_t gicr_typer(void)
{
	uint64_t mpidr = vgic_vcpu_mpidr();
	uint64_t aff = (((mpidr >> MPIDR_EL1_AFF3_SHIFT) & 0xff) << 24) |
		       (((mpidr >> MPIDR_EL1_AFF2_SHIFT) & 0xff) << 16) |
		       (((mpidr >> MPIDR_EL1_AFF1_SHIFT) & 0xff) << 8) |
		       ((mpidr >> MPIDR_EL1_AFF0_SHIFT) & 0xff);

	return (aff << GICR_TYPER_AFF_SHIFT) | GICR_TYPER_LAST;
}

/* One or four priority bytes, all inside GICR_IPRIORITYR0-7. */
static bool is_priority_access(uint64_t offset, unsigned size)
{
	return offset >= GICR_IPRIORITYR && offset < GICR_IPRIORITYR_END &&
	       (size == 1 || size == 4) && offset + size <= GICR_IPRIORITYR_END;
}

static bool gicr_implemented(uint64_t offset)
{
	switch (offset) {
	case GICR_CTLR: case GICR_TYPER: case GICR_TYPER + 4: case GICR_WAKER:
	case GICR_PIDR2: case GICR_IGROUPR0: case GICR_ISENABLER0:
	case GICR_ICENABLER0:
		return true;
	default:
		return offset >= GICR_IPRIORITYR && offset < GICR_IPRIORITYR_END;
	}
}

static enum mmio_result gicr_read(uint64_t offset, unsigned size, uint64_t *value)
{
	if (is_priority_access(offset, size)) {
		*value = 0;
		for (unsigned i = 0; i < size; i++)
			*value |= (uint64_t)vgic.priority[offset - GICR_IPRIORITYR + i]
				  << (8 * i);
		return MMIO_DONE;
	}
	if (offset == GICR_TYPER && size == 8) {
		*value = gicr_typer();
		return MMIO_DONE;
	}
	if (!gicr_implemented(offset))
		return gicr_raz_wi(offset, size, value);
	if (size != 4)
		return MMIO_UNSUPPORTED;
	switch (offset) {
	case GICR_CTLR:       *value = 0; return MMIO_DONE; /* RWP: nothing pending */
	case GICR_TYPER:      *value = (uint32_t)gicr_typer(); return MMIO_DONE;
	case GICR_TYPER + 4:  *value = gicr_typer() >> 32; return MMIO_DONE;
	case GICR_WAKER:      /* asleep and awake at once, instantly */
		*value = vgic.waker | ((vgic.waker & GICR_WAKER_PROCESSOR_SLEEP) ?
				       GICR_WAKER_CHILDREN_ASLEEP : 0);
		return MMIO_DONE;
	case GICR_PIDR2:      *value = GIC_PIDR2_ARCH_GICV3; return MMIO_DONE;
	case GICR_IGROUPR0:   *value = vgic.group; return MMIO_DONE;
	case GICR_ISENABLER0:
	case GICR_ICENABLER0: *value = vgic.enabled; return MMIO_DONE;
	default:              return MMIO_UNSUPPORTED;
	}
}

static enum mmio_result gicr_write(uint64_t offset, unsigned size, uint64_t value)
{
	if (is_priority_access(offset, size)) {
		for (unsigned i = 0; i < size; i++)
			vgic.priority[offset - GICR_IPRIORITYR + i] =
				(uint8_t)(value >> (8 * i));
		return MMIO_DONE;
	}
	if (offset == GICR_TYPER && size == 8)
		return MMIO_DONE;       /* read-only */
	if (!gicr_implemented(offset))
		return gicr_raz_wi(offset, size, 0);
	if (size != 4)
		return MMIO_UNSUPPORTED;
	switch (offset) {
	case GICR_WAKER:
		vgic.waker = (uint32_t)value & GICR_WAKER_PROCESSOR_SLEEP;
		return MMIO_DONE;
	case GICR_IGROUPR0:
		vgic.group = (uint32_t)value;
		break;
	case GICR_ISENABLER0:
		for (unsigned intid = 0; intid < 32; intid++)
			if ((uint32_t)value & ~vgic.enabled & (1U << intid))
				kprintf("hyp: vgic: the guest enables INTID %u "
					"(group %u, priority 0x%02x)\n", intid,
					(vgic.group >> intid) & 1, vgic.priority[intid]);
		vgic.enabled |= (uint32_t)value;
		break;
	case GICR_ICENABLER0:
		vgic.enabled &= ~(uint32_t)value;
		return MMIO_DONE;
	case GICR_CTLR:         /* no LPIs to enable */
	case GICR_TYPER:
	case GICR_TYPER + 4:
	case GICR_PIDR2:        /* read-only */
		return MMIO_DONE;
	default:
		return MMIO_UNSUPPORTED;
	}
	flush_pending();
	return MMIO_DONE;
}

const struct mmio_device vgicd_device = {
	.name  = "GIC distributor",
	.base  = GUEST_GICD_IPA,
	.size  = GICD_SIZE,
	.read  = gicd_read,
	.write = gicd_write,
};

const struct mmio_device vgicr_device = {
	.name  = "GIC redistributor",
	.base  = GUEST_GICR_IPA,
	.size  = GICR_SIZE,
	.read  = gicr_read,
	.write = gicr_write,
};
