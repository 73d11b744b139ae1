/*
 * A virtual GICv3 for one vCPU: an emulated distributor and
 * redistributor holding the guest's settings for INTIDs 0-63 (SGIs,
 * PPIs, and the SPIs 32-63 of which the device tree declares the
 * UART's), and the decision when an interrupt goes into a list register.
 *
 * An interrupt's state lives in one of two places: in a list register
 * once it has been handed to the guest (the guest's acknowledge and EOI
 * change it there, without a trap), or here in software while it waits
 * (disabled, or every list register busy). Reading ISPENDR or ISACTIVER
 * looks at both. Plain C: the list registers are reached through
 * vgic_lr.c, and the host unit tests stand in for it.
 */
#include <stdint.h>
#include "gic.h"
#include "platform.h"
#include "sysregs.h"
#include "vgic.h"

/* Distributor registers (offsets from GICD_BASE). Those with one bit
 * per INTID are 32 INTIDs a word; with ARE set, word 0 (the SGIs and
 * PPIs) is the redistributor's, and reads as zero here. */
#define GICD_CTLR               0x0000
#define GICD_TYPER              0x0004
#define GICD_IIDR               0x0008
#define GICD_IGROUPR            0x0080
#define GICD_ISENABLER          0x0100
#define GICD_ICENABLER          0x0180
#define GICD_ISPENDR            0x0200
#define GICD_ICPENDR            0x0280
#define GICD_ISACTIVER          0x0300
#define GICD_ICACTIVER          0x0380
#define GICD_IPRIORITYR         0x0400      /* a byte per INTID */
#define GICD_ICFGR              0x0c00      /* 2 bits per INTID */
#define GICD_IROUTER            0x6000      /* 8 bytes per INTID */
#define GICD_CTLR_ENABLE_GRP0   (1U << 0)
#define GICD_CTLR_ENABLE_GRP1   (1U << 1)
#define GICD_CTLR_ARE           (1U << 4)   /* affinity routing */
#define GICD_CTLR_DS            (1U << 6)   /* one security state */
/* GICD_TYPER: ITLinesNumber [4:0] = 1, INTIDs up to 32 * (1 + 1) - 1 =
 * 63; IDbits [23:19] = 15, INTIDs of 16 bits, the architecture's
 * minimum; no LPIs, no security extension. */
#define GICD_TYPER_ITLINESNUMBER 1U
#define GICD_TYPER_IDBITS_SHIFT 19
#define GICD_TYPER_VALUE        (GICD_TYPER_ITLINESNUMBER | 15U << GICD_TYPER_IDBITS_SHIFT)
/* GICD_IIDR and GICR_IIDR: Implementer [11:0] is Arm's JEP106 code, as
 * KVM's virtual GIC says; ProductID 0: this is no real GIC. */
#define GIC_IIDR_VALUE          0x43bU
/* GICD_IROUTER: Aff3 [39:32], Interrupt_Routing_Mode [31], Aff2-Aff0
 * [23:0]; the other bits are RES0. */
#define GICD_IROUTER_AFF3       (0xffUL << 32)
#define GICD_IROUTER_IRM        (1UL << 31)   /* 1: any CPU (1 of N) */
#define GICD_IROUTER_AFF210     0xffffffUL
#define GICD_IROUTER_MASK       (GICD_IROUTER_AFF3 | GICD_IROUTER_IRM | GICD_IROUTER_AFF210)
#define GICD_SIZE               0x10000
/* Where else the architecture allows bytes (ITARGETSR after IPRIORITYR,
 * the GICv2-style SGI registers) and doublewords (IROUTER). */
#define GICD_ITARGETSR_END      0x0c00
#define GICD_CPENDSGIR          0x0f10       /* then SPENDSGIR, to 0xf2f */
#define GICD_SPENDSGIR_END      0x0f30
#define GICD_IROUTER_END        0x7fe0

/* The ID registers at the end of each frame (GIC architecture, "Identification
 * registers"): PIDR4-7, PIDR0-3, CIDR0-3. PIDR2's ArchRev [7:4] = 3 says
 * GICv3, which Linux checks. JEP106 Arm (0x3b, continuation 4), part 0. */
#define GIC_ID_REGS             0xffd0
static const uint8_t gic_id_regs[12] = {
	0x04, 0, 0, 0,                  /* PIDR4-7: JEP106 continuation 4 */
	0x00, 0xb0, 0x3b, 0x00,         /* PIDR0-3: part 0, Arm, GICv3 */
	0x0d, 0xf0, 0x05, 0xb1,         /* CIDR0-3: the CoreSight preamble */
};

/* Redistributor: RD_base frame, then SGI_base frame (64 KiB each). */
#define GICR_CTLR               0x0000
#define GICR_IIDR               0x0004
#define GICR_TYPER              0x0008
#define GICR_TYPER_LAST         (1UL << 4)
#define GICR_TYPER_AFF_SHIFT    32
#define GICR_WAKER              0x0014
#define GICR_WAKER_PROCESSOR_SLEEP (1U << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1U << 2)
/* The redistributor's 64-bit registers for LPIs, which this GIC lacks. */
#define GICR_SETLPIR            0x0040
#define GICR_CLRLPIR            0x0048
#define GICR_PROPBASER          0x0070
#define GICR_PENDBASER          0x0078
#define GICR_INVLPIR            0x00a0
#define GICR_INVALLR            0x00b0
#define GICR_SGI_BASE           0x10000
#define GICR_ICFGR0             (GICR_SGI_BASE + GICD_ICFGR)
#define GICR_ICFGR1             (GICR_SGI_BASE + GICD_ICFGR + 4)
#define GICR_ICFGR0_SGIS        0xaaaaaaaaU /* every SGI edge (GICD_ICFGR_EDGE),
					       read-only */
#define GICR_SIZE               0x20000

/* List register fields (ICH_LR<n>_EL2). With HW = 0, bit 41 is EOI:
 * a maintenance interrupt when the guest deactivates the interrupt. */
#define LR_STATE(lr)            (((lr) & ICH_LR_STATE_MASK) >> ICH_LR_STATE_SHIFT)
#define LR_PENDING              1U
#define LR_ACTIVE               2U
#define LR_INTID(lr)            ((unsigned)((lr) & ICH_LR_VINTID_MASK))

typedef uint64_t intids_t;      /* one bit per INTID 0-63 */
#define BIT(intid)              ((intids_t)1 << (intid))
#define SGIS                    0xffffUL
#define SPIS                    (~0UL << 32)

static struct {
	uint32_t ctlr;          /* GICD_CTLR: ARE and the group enables */
	uint32_t waker;         /* GICR_WAKER.ProcessorSleep */
	intids_t group;         /* IGROUPR: 1 = Group 1 */
	intids_t enabled;       /* ISENABLER */
	intids_t edge;          /* ICFGR: edge-triggered (else level) */
	intids_t pending;       /* pending, waiting in software */
	intids_t active;        /* active, waiting in software */
	intids_t hw;            /* pending and linked to the physical INTID */
	intids_t level;         /* level-sensitive lines that are high */
	uint8_t priority[VGIC_INTIDS];  /* IPRIORITYR */
	uint64_t irouter[VGIC_INTIDS];  /* IROUTER, for the SPIs */
	unsigned long delivered;
	bool was_stuck;         /* hang detector: pending at its last look */
	unsigned long delivered_then;
} vgic = {
	.ctlr  = GICD_CTLR_ARE,
	.waker = GICR_WAKER_PROCESSOR_SLEEP,    /* asleep, as after reset */
	.edge  = SGIS,
};

/* The INTIDs the guest's settings let through: enabled, and in a group
 * the distributor forwards. */
static intids_t deliverable(void)
{
	intids_t groups = ((vgic.ctlr & GICD_CTLR_ENABLE_GRP1) ? vgic.group : 0) |
			  ((vgic.ctlr & GICD_CTLR_ENABLE_GRP0) ? ~vgic.group : 0);

	return vgic.enabled & groups;
}

/* The list register holding intid, or -1. */
static int lr_find(unsigned intid)
{
	for (unsigned n = 0; n < vgic_lr_count(); n++) {
		uint64_t lr = vgic_lr_read(n);

		if (LR_STATE(lr) != 0 && LR_INTID(lr) == intid)
			return (int)n;
	}
	return -1;
}

/* The pending and active INTIDs held in list registers. */
static void lr_state(intids_t *pending, intids_t *active)
{
	*pending = *active = 0;
	for (unsigned n = 0; n < vgic_lr_count(); n++) {
		uint64_t lr = vgic_lr_read(n);

		if (LR_INTID(lr) >= VGIC_INTIDS)
			continue;
		if (LR_STATE(lr) & LR_PENDING)
			*pending |= BIT(LR_INTID(lr));
		if (LR_STATE(lr) & LR_ACTIVE)
			*active |= BIT(LR_INTID(lr));
	}
}

/* A list register the guest has finished with (State 0) is free. */
static int lr_free(void)
{
	for (unsigned n = 0; n < vgic_lr_count(); n++)
		if (LR_STATE(vgic_lr_read(n)) == 0)
			return (int)n;
	return -1;
}

/* The list register's value for intid in `state`: the guest's
 * priority and group; linked to the physical INTID if it came from
 * one, else, if level-sensitive, asking for a maintenance interrupt at
 * EOI so the line is looked at again. */
static uint64_t lr_value(unsigned intid, unsigned state)
{
	uint64_t lr = (uint64_t)state << ICH_LR_STATE_SHIFT |
		      (uint64_t)vgic.priority[intid] << ICH_LR_PRIORITY_SHIFT |
		      (intid & ICH_LR_VINTID_MASK);

	if (vgic.group & BIT(intid))
		lr |= ICH_LR_GROUP1;
	if (vgic.hw & BIT(intid))
		lr |= ICH_LR_HW | (uint64_t)intid << ICH_LR_PINTID_SHIFT;
	else if (!(vgic.edge & BIT(intid)))
		lr |= ICH_LR_EOI;
	return lr;
}

/*
 * Hand what waits in software to the guest, lowest INTID first, as far
 * as there are list registers. A level-sensitive line that is high
 * waits too, unless a list register holds it already. What does not fit
 * waits for the underflow maintenance interrupt.
 */
static void flush(void)
{
	intids_t todo = (vgic.pending | vgic.active | (vgic.level & ~vgic.edge)) &
			deliverable();

	while (todo != 0) {
		unsigned intid = (unsigned)__builtin_ctzll(todo);
		int n = lr_find(intid);
		unsigned state = ((vgic.pending & BIT(intid)) ? LR_PENDING : 0) |
				 ((vgic.active & BIT(intid)) ? LR_ACTIVE : 0);

		if (n >= 0) {
			/* Already with the guest: an edge that came again
			 * makes it pending (and active) once more. */
			uint64_t lr = vgic_lr_read((unsigned)n);

			if (state != 0 && !(lr & ICH_LR_HW))
				vgic_lr_write((unsigned)n, lr | (uint64_t)state << ICH_LR_STATE_SHIFT);
		} else {
			n = lr_free();
			if (n < 0)
				break;
			if (state == 0)
				state = LR_PENDING;     /* a high level line */
			vgic_lr_write((unsigned)n, lr_value(intid, state));
			vgic.delivered++;
		}
		vgic.pending &= ~BIT(intid);
		vgic.active &= ~BIT(intid);
		vgic.hw &= ~BIT(intid);
		todo &= ~BIT(intid);
	}
	vgic_lr_underflow(todo != 0);
}

void vgic_inject_hw(unsigned intid)
{
	if (intid >= 32)
		return;                 /* not a private interrupt: not ours */
	vgic.pending |= BIT(intid);
	vgic.hw |= BIT(intid);
	flush();
}

void vgic_inject(unsigned intid)
{
	if (intid >= VGIC_INTIDS)
		return;
	vgic.pending |= BIT(intid);
	flush();
}

void vgic_set_level(unsigned intid, bool high)
{
	int n;

	if (intid >= VGIC_INTIDS || high == ((vgic.level & BIT(intid)) != 0))
		return;
	if (high) {
		/* Configured as edge-triggered (GICD_ICFGR): the rising
		 * edge makes it pending once. */
		vgic.level |= BIT(intid);
		if (vgic.edge & BIT(intid))
			vgic.pending |= BIT(intid);
		flush();
		return;
	}
	vgic.level &= ~BIT(intid);
	/* Low again before the guest took it: no longer pending. */
	n = lr_find(intid);
	if (n >= 0 && LR_STATE(vgic_lr_read((unsigned)n)) == LR_PENDING)
		vgic_lr_write((unsigned)n, 0);
}

/* The maintenance interrupt. A list register that asked for it at EOI
 * (a level-sensitive interrupt) keeps it asserted (ICH_EISR_EL2) until
 * rewritten: clear each such one; flush() then looks at its line again.
 * Underflow: flush() refills. */
void vgic_maintenance(void)
{
	for (unsigned n = 0; n < vgic_lr_count(); n++) {
		uint64_t lr = vgic_lr_read(n);

		if (LR_STATE(lr) == 0 && (lr & ICH_LR_EOI))
			vgic_lr_write(n, 0);
	}
	flush();
}

/*
 * ICC_SGI1R_EL1 and ICC_SGI0R_EL1 (GICv3, "SGI generation"):
 *   TargetList [15:0]   Aff0 values, as 16 bits from RS * 16
 *   Aff1 [23:16], INTID [27:24], Aff2 [39:32], IRM [40], RS [47:44],
 *   Aff3 [55:48]; IRM = 1: every CPU but the sender (none here).
 * The SGI is raised if it is in the group the register is for.
 */
void vgic_send_sgi(uint64_t sgir, unsigned group)
{
	uint64_t mpidr = vgic_vcpu_mpidr();
	unsigned aff0 = (unsigned)(mpidr >> MPIDR_EL1_AFF0_SHIFT) & ICC_SGIR_AFF_MASK;
	unsigned intid = (unsigned)(sgir >> ICC_SGIR_INTID_SHIFT) & ICC_SGIR_INTID_MASK;
	unsigned rs = (unsigned)(sgir >> ICC_SGIR_RS_SHIFT) & ICC_SGIR_RS_MASK;
	uint64_t targets = sgir & ICC_SGIR_TARGETLIST_MASK;

	if (sgir & ICC_SGIR_IRM)
		return;
	if (((sgir >> ICC_SGIR_AFF1_SHIFT) ^ (mpidr >> MPIDR_EL1_AFF1_SHIFT)) & ICC_SGIR_AFF_MASK ||
	    ((sgir >> ICC_SGIR_AFF2_SHIFT) ^ (mpidr >> MPIDR_EL1_AFF2_SHIFT)) & ICC_SGIR_AFF_MASK ||
	    ((sgir >> ICC_SGIR_AFF3_SHIFT) ^ (mpidr >> MPIDR_EL1_AFF3_SHIFT)) & ICC_SGIR_AFF_MASK)
		return;
	if (rs != aff0 / 16 || !((targets >> (aff0 % 16)) & 1))
		return;
	if (((vgic.group >> intid) & 1) != group)
		return;
	vgic_inject(intid);
}

bool vgic_stuck(void)
{
	intids_t pending, active;
	bool stuck;

	lr_state(&pending, &active);
	stuck = pending != 0 && vgic.was_stuck &&
		vgic.delivered == vgic.delivered_then;
	vgic.was_stuck = pending != 0;
	vgic.delivered_then = vgic.delivered;
	return stuck;
}

unsigned long vgic_delivered(void)
{
	return vgic.delivered;
}

/* ---- The registers with a bit per INTID, shared by both frames. ---- */

/* Pending, as the guest may see it: waiting here, high, or in a list
 * register. Active likewise. */
static intids_t pending_now(void)
{
	intids_t p, a;

	lr_state(&p, &a);
	return vgic.pending | (vgic.level & ~vgic.edge) | p;
}

static intids_t active_now(void)
{
	intids_t p, a;

	lr_state(&p, &a);
	return vgic.active | a;
}

/* Clear pending (or active) in `bits`. An interrupt linked to a
 * physical one that the guest will now never end is deactivated at the
 * physical GIC here, or it could never fire again. */
static void clear_state(intids_t bits, unsigned state)
{
	intids_t *sw = state == LR_PENDING ? &vgic.pending : &vgic.active;

	for (intids_t b = bits; b != 0; b &= b - 1) {
		unsigned intid = (unsigned)__builtin_ctzll(b);
		int n = lr_find(intid);

		if (n >= 0) {
			uint64_t lr = vgic_lr_read((unsigned)n);
			uint64_t left = lr & ~((uint64_t)state << ICH_LR_STATE_SHIFT);

			if ((lr & ICH_LR_HW) && LR_STATE(left) != LR_ACTIVE) {
				gic_deactivate(intid);
				left = 0;
			}
			vgic_lr_write((unsigned)n, LR_STATE(left) ? left : 0);
		} else if (state == LR_PENDING && (vgic.hw & BIT(intid))) {
			gic_deactivate(intid);
			vgic.hw &= ~BIT(intid);
		}
	}
	*sw &= ~bits;
}

/* Set active in `bits`: in the list register that holds it, or here. */
static void set_active(intids_t bits)
{
	for (intids_t b = bits; b != 0; b &= b - 1) {
		unsigned intid = (unsigned)__builtin_ctzll(b);
		int n = lr_find(intid);

		if (n >= 0)
			vgic_lr_write((unsigned)n, vgic_lr_read((unsigned)n) |
				      (uint64_t)LR_ACTIVE << ICH_LR_STATE_SHIFT);
		else
			vgic.active |= BIT(intid);
	}
}

/* A 32-bit register at `reg` (one of GICD_IGROUPR ... GICD_ICACTIVER,
 * the same offsets in the redistributor's SGI_base frame) for the
 * INTIDs in `mask` (shifted into place). */
static uint32_t bits_read(uint64_t reg, intids_t mask, unsigned shift)
{
	intids_t v;

	switch (reg) {
	case GICD_IGROUPR:   v = vgic.group; break;
	case GICD_ISENABLER:
	case GICD_ICENABLER: v = vgic.enabled; break;
	case GICD_ISPENDR:
	case GICD_ICPENDR:   v = pending_now(); break;
	case GICD_ISACTIVER:
	case GICD_ICACTIVER: v = active_now(); break;
	default:             v = 0; break;
	}
	return (uint32_t)((v & mask) >> shift);
}

static void bits_write(uint64_t reg, intids_t mask, unsigned shift, uint32_t value)
{
	intids_t v = ((intids_t)value << shift) & mask;

	switch (reg) {
	case GICD_IGROUPR:   vgic.group = (vgic.group & ~mask) | v; break;
	case GICD_ISENABLER: vgic.enabled |= v; break;
	case GICD_ICENABLER: vgic.enabled &= ~v; break;
	case GICD_ISPENDR:   vgic.pending |= v; break;
	case GICD_ICPENDR:   clear_state(v, LR_PENDING); break;
	case GICD_ISACTIVER: set_active(v); break;
	case GICD_ICACTIVER: clear_state(v, LR_ACTIVE); break;
	}
	flush();
}

/* Is offset one of the bit-per-INTID registers, word `word` of it? */
static bool is_bits_reg(uint64_t offset, unsigned word)
{
	return offset >= GICD_IGROUPR && offset < GICD_IPRIORITYR &&
	       (offset & 0x7f) == 4 * word;
}

/* One or four priority bytes of INTIDs first..first+n-1, n a multiple
 * of 32 (the frame's). */
static bool priority_access(uint64_t offset, unsigned size, unsigned first,
			    unsigned n, unsigned *intid)
{
	if (offset < GICD_IPRIORITYR + first || offset + size > GICD_IPRIORITYR + first + n ||
	    (size != 1 && size != 4) || offset % size != 0)
		return false;
	*intid = (unsigned)(offset - GICD_IPRIORITYR);
	return true;
}

static uint64_t priority_read(unsigned intid, unsigned size)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < size; i++)
		v |= (uint64_t)vgic.priority[intid + i] << (8 * i);
	return v;
}

static void priority_write(unsigned intid, unsigned size, uint64_t v)
{
	for (unsigned i = 0; i < size; i++)
		vgic.priority[intid + i] = (uint8_t)(v >> (8 * i));
	flush();
}

/* ICFGR word for 16 INTIDs from `first`: 2 bits each, [1] = edge. */
static uint32_t icfgr_read(unsigned first)
{
	uint32_t v = 0;

	for (unsigned i = 0; i < 16; i++)
		if (vgic.edge & BIT(first + i))
			v |= GICD_ICFGR_EDGE << (2 * i);
	return v;
}

static void icfgr_write(unsigned first, uint32_t v)
{
	for (unsigned i = 0; i < 16; i++) {
		if (v & (GICD_ICFGR_EDGE << (2 * i)))
			vgic.edge |= BIT(first + i);
		else
			vgic.edge &= ~BIT(first + i);
	}
}

/* The identification registers, 32-bit, one byte of value each. */
static bool id_read(uint64_t offset, uint64_t *value)
{
	if (offset < GIC_ID_REGS || offset % 4 != 0)
		return false;
	*value = gic_id_regs[(offset - GIC_ID_REGS) / 4];
	return true;
}

/*
 * Reserved offsets, and registers of what this GIC does not have (LPIs,
 * SPIs beyond 63, ...), read as zero and ignore writes, as the GIC
 * architecture says (IHI 0069, "GIC memory-mapped register access"): a
 * driver probes them and must not fault. The access must still be one
 * the architecture allows: an aligned 32-bit word anywhere, a
 * doubleword at a 64-bit register, a byte in the byte-wide arrays.
 * Anything else, a halfword or an unaligned access, is refused.
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
	case GICR_TYPER: case GICR_SETLPIR: case GICR_CLRLPIR: case GICR_PROPBASER:
	case GICR_PENDBASER: case GICR_INVLPIR: case GICR_INVALLR:
		return true;
	default:
		return false;
	}
}

static enum mmio_result raz_wi(uint64_t offset, unsigned size, bool bytes,
			       bool doubleword, uint64_t *value)
{
	if (offset % size != 0 ||
	    !(size == 4 || (size == 1 && bytes) || (size == 8 && doubleword)))
		return MMIO_UNSUPPORTED;
	if (value != 0)
		*value = 0;
	return MMIO_DONE;
}

/* ---- The distributor. ---- */

static enum mmio_result gicd_read(uint64_t offset, unsigned size, uint64_t *value)
{
	unsigned intid;

	*value = 0;
	if (priority_access(offset, size, 32, 32, &intid)) {
		*value = priority_read(intid, size);
		return MMIO_DONE;
	}
	if (offset >= GICD_IROUTER + 8 * 32 && offset < GICD_IROUTER + 8 * VGIC_INTIDS &&
	    (size == 8 || size == 4) && offset % size == 0) {
		intid = (unsigned)(offset - GICD_IROUTER) / 8;
		*value = vgic.irouter[intid] >> (8 * (offset % 8));
		if (size == 4)
			*value &= 0xffffffffUL;
		return MMIO_DONE;
	}
	if (size != 4 || offset % 4 != 0)
		return raz_wi(offset, size, gicd_byte_access(offset),
			      gicd_doubleword(offset), value);
	if (id_read(offset, value))
		return MMIO_DONE;
	if (is_bits_reg(offset, 1)) {
		*value = bits_read(offset & ~0x7fUL, SPIS, 32);
		return MMIO_DONE;
	}
	switch (offset) {
	case GICD_CTLR:      *value = vgic.ctlr | GICD_CTLR_DS; break;
	case GICD_TYPER:     *value = GICD_TYPER_VALUE; break;
	case GICD_IIDR:      *value = GIC_IIDR_VALUE; break;
	case GICD_ICFGR + 8: *value = icfgr_read(32); break;
	case GICD_ICFGR + 12: *value = icfgr_read(48); break;
	}
	return MMIO_DONE;       /* anything else: reserved, read as zero */
}

/* GICD_TYPER and GICD_PIDR2 are read-only: a write is ignored. */
static enum mmio_result gicd_write(uint64_t offset, unsigned size, uint64_t value)
{
	unsigned intid;

	if (priority_access(offset, size, 32, 32, &intid)) {
		priority_write(intid, size, value);
		return MMIO_DONE;
	}
	if (offset >= GICD_IROUTER + 8 * 32 && offset < GICD_IROUTER + 8 * VGIC_INTIDS &&
	    (size == 8 || size == 4) && offset % size == 0) {
		uint64_t *r = &vgic.irouter[(offset - GICD_IROUTER) / 8];
		unsigned shift = 8 * (offset % 8);
		uint64_t mask = (size == 8 ? ~0UL : 0xffffffffUL) << shift;

		*r = ((*r & ~mask) | (value << shift)) & GICD_IROUTER_MASK;
		return MMIO_DONE;
	}
	if (size != 4 || offset % 4 != 0)
		return raz_wi(offset, size, gicd_byte_access(offset),
			      gicd_doubleword(offset), 0);
	if (is_bits_reg(offset, 1)) {
		bits_write(offset & ~0x7fUL, SPIS, 32, (uint32_t)value);
		return MMIO_DONE;
	}
	switch (offset) {
	case GICD_CTLR:
		/* ARE stays set: this GIC routes by affinity only. */
		vgic.ctlr = ((uint32_t)value & (GICD_CTLR_ENABLE_GRP0 |
			     GICD_CTLR_ENABLE_GRP1)) | GICD_CTLR_ARE;
		flush();
		break;
	case GICD_ICFGR + 8:  icfgr_write(32, (uint32_t)value); break;
	case GICD_ICFGR + 12: icfgr_write(48, (uint32_t)value); break;
	}
	return MMIO_DONE;       /* anything else: read-only or reserved, ignored */
}

/* ---- The redistributor. ---- */

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

static enum mmio_result gicr_read(uint64_t offset, unsigned size, uint64_t *value)
{
	unsigned intid;

	*value = 0;
	if (offset >= GICR_SGI_BASE &&
	    priority_access(offset - GICR_SGI_BASE, size, 0, 32, &intid)) {
		*value = priority_read(intid, size);
		return MMIO_DONE;
	}
	if (offset == GICR_TYPER && size == 8) {
		*value = gicr_typer();
		return MMIO_DONE;
	}
	if (size != 4 || offset % 4 != 0)
		return raz_wi(offset, size, false, gicr_doubleword(offset), value);
	if (offset < GICR_SGI_BASE && id_read(offset, value))
		return MMIO_DONE;
	if (offset >= GICR_SGI_BASE && is_bits_reg(offset - GICR_SGI_BASE, 0)) {
		*value = bits_read((offset - GICR_SGI_BASE) & ~0x7fUL, ~SPIS, 0);
		return MMIO_DONE;
	}
	switch (offset) {
	case GICR_IIDR:       *value = GIC_IIDR_VALUE; break;
	case GICR_TYPER:      *value = (uint32_t)gicr_typer(); break;
	case GICR_TYPER + 4:  *value = gicr_typer() >> 32; break;
	case GICR_WAKER:      /* asleep and awake at once, instantly */
		*value = vgic.waker | ((vgic.waker & GICR_WAKER_PROCESSOR_SLEEP) ?
				       GICR_WAKER_CHILDREN_ASLEEP : 0);
		break;
	case GICR_ICFGR0:     *value = GICR_ICFGR0_SGIS; break;
	case GICR_ICFGR1:     *value = icfgr_read(16); break;
	}
	return MMIO_DONE;       /* GICR_CTLR (no RWP, no LPIs) and the rest: zero */
}

static enum mmio_result gicr_write(uint64_t offset, unsigned size, uint64_t value)
{
	unsigned intid;

	if (offset >= GICR_SGI_BASE &&
	    priority_access(offset - GICR_SGI_BASE, size, 0, 32, &intid)) {
		priority_write(intid, size, value);
		return MMIO_DONE;
	}
	if (size != 4 || offset % 4 != 0)
		return raz_wi(offset, size, false, gicr_doubleword(offset), 0);
	if (offset >= GICR_SGI_BASE && is_bits_reg(offset - GICR_SGI_BASE, 0)) {
		bits_write((offset - GICR_SGI_BASE) & ~0x7fUL, ~SPIS, 0, (uint32_t)value);
		return MMIO_DONE;
	}
	switch (offset) {
	case GICR_WAKER:
		vgic.waker = (uint32_t)value & GICR_WAKER_PROCESSOR_SLEEP;
		break;
	case GICR_ICFGR1:
		icfgr_write(16, (uint32_t)value);
		break;
	}
	return MMIO_DONE;       /* the SGIs' ICFGR0 is read-only; the rest ignored */
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
