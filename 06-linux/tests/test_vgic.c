/* Host tests for the emulated distributor and redistributor (vgic.c):
 * what Linux's GICv3 driver reads back, when an interrupt reaches a list
 * register, and what waits in software. The list registers, the
 * physical GIC and the UART are faked (fake_hw.h). */
#include "check.h"
#include "fake_hw.h"
#include "../vgic.c"

static const struct mmio_device *D = &vgicd_device, *R = &vgicr_device;

static uint64_t rd(const struct mmio_device *d, uint64_t off, unsigned size)
{
	uint64_t v = 0xdead;
	CHECK(d->read(off, size, &v) == MMIO_DONE);
	return v;
}

static void wr(const struct mmio_device *d, uint64_t off, unsigned size, uint64_t v)
{
	CHECK(d->write(off, size, v) == MMIO_DONE);
}

/* The list register holding intid, or -1; and its state. */
static int lr_of(unsigned intid)
{
	for (int n = 0; n < FAKE_LRS; n++)
		if (LR_STATE(fake_lr[n]) != 0 && LR_INTID(fake_lr[n]) == intid)
			return n;
	return -1;
}

static unsigned used_lrs(void)
{
	unsigned n = 0;
	for (int i = 0; i < FAKE_LRS; i++)
		n += LR_STATE(fake_lr[i]) != 0;
	return n;
}

/* The guest acknowledges (pending -> active) and ends (-> invalid) the
 * interrupt in list register n, as the virtual CPU interface would; n
 * is -1 if a check before found no list register: nothing to do. */
static void guest_ack(int n) { if (n >= 0) fake_lr[n] = (fake_lr[n] & ~ICH_LR_STATE_MASK) | (2UL << 62); }
static void guest_eoi(int n) { if (n >= 0) fake_lr[n] &= ~ICH_LR_STATE_MASK; }

static void test_identity(void)
{
	CHECK(D->base == 0x08000000 && R->base == 0x080a0000);
	CHECK(rd(D, GICD_TYPER, 4) == 0x780001);        /* 64 INTIDs, 16 ID bits */
	CHECK(rd(D, GICD_IIDR, 4) == 0x43b && rd(R, GICR_IIDR, 4) == 0x43b);
	CHECK(rd(D, 0x000c, 4) == 0);                   /* GICD_TYPER2 */
	CHECK((rd(D, 0xffe8, 4) >> 4) == 3 && (rd(R, 0xffe8, 4) >> 4) == 3);  /* PIDR2 */
	CHECK(rd(D, 0xfff0, 4) == 0x0d && rd(D, 0xfffc, 4) == 0xb1);
	/* The redistributor: affinity from the vCPU's MPIDR, and Last. */
	uint64_t v = rd(R, GICR_TYPER, 8);
	CHECK((v >> 32) == 0x00000102 && (v & GICR_TYPER_LAST));
	CHECK(rd(R, GICR_TYPER, 4) == (uint32_t)v && rd(R, GICR_TYPER + 4, 4) == (v >> 32));
	CHECK(rd(R, GICR_WAKER, 4) == (GICR_WAKER_PROCESSOR_SLEEP | GICR_WAKER_CHILDREN_ASLEEP));
	wr(R, GICR_WAKER, 4, 0);
	CHECK(rd(R, GICR_WAKER, 4) == 0);
	CHECK(rd(R, GICR_CTLR, 4) == 0);                /* RWP never set */
	/* The distributor keeps its group enables; ARE stays set; DS reads 1. */
	wr(D, GICD_CTLR, 4, 0xffffffff);
	CHECK(rd(D, GICD_CTLR, 4) == (GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP0 |
				      GICD_CTLR_ENABLE_GRP1 | GICD_CTLR_DS));
	wr(D, GICD_CTLR, 4, 0);
	CHECK(rd(D, GICD_CTLR, 4) == (GICD_CTLR_ARE | GICD_CTLR_DS));
}

static void test_settings(void)
{
	/* Priorities: bytes and words, SPIs at the distributor, SGIs and
	 * PPIs at the redistributor only. */
	wr(D, GICD_IPRIORITYR + 33, 1, 0xa0);
	CHECK(rd(D, GICD_IPRIORITYR + 32, 4) == 0xa000);
	wr(D, GICD_IPRIORITYR + 60, 4, 0x44332211);
	CHECK(rd(D, GICD_IPRIORITYR + 63, 1) == 0x44);
	CHECK(rd(D, GICD_IPRIORITYR + 27, 1) == 0);      /* a PPI: RAZ here */
	wr(R, GICR_SGI_BASE + GICD_IPRIORITYR + 27, 1, 0x80);
	CHECK(rd(R, GICR_SGI_BASE + GICD_IPRIORITYR + 24, 4) == 0x80000000UL);
	/* Trigger: SGIs edge and fixed; PPIs and SPIs as written. */
	CHECK(rd(R, GICR_ICFGR0, 4) == 0xaaaaaaaa);
	wr(R, GICR_ICFGR0, 4, 0);
	CHECK(rd(R, GICR_ICFGR0, 4) == 0xaaaaaaaa);
	wr(R, GICR_ICFGR1, 4, 0x2);                     /* INTID 16 edge */
	CHECK(rd(R, GICR_ICFGR1, 4) == 0x2 && (vgic.edge & BIT(16)));
	wr(R, GICR_ICFGR1, 4, 0);
	wr(D, GICD_ICFGR + 8, 4, 0x8);                  /* INTID 33 edge */
	CHECK(rd(D, GICD_ICFGR + 8, 4) == 0x8 && (vgic.edge & BIT(33)));
	wr(D, GICD_ICFGR + 8, 4, 0);
	/* Groups and enables: the distributor's word 1 is INTIDs 32-63, its
	 * word 0 (SGIs, PPIs) is the redistributor's. */
	wr(D, GICD_IGROUPR + 4, 4, ~0U);
	wr(D, GICD_IGROUPR, 4, ~0U);
	CHECK(rd(D, GICD_IGROUPR, 4) == 0 && rd(D, GICD_IGROUPR + 4, 4) == ~0U);
	CHECK((vgic.group & 0xffffffffUL) == 0);
	wr(R, GICR_SGI_BASE + GICD_IGROUPR, 4, ~0U);
	CHECK(vgic.group == ~0UL);
	/* Enables: a set-register sets the bits written as 1, a
	 * clear-register clears them, a 0 changes nothing; both read alike. */
	wr(D, GICD_ISENABLER + 4, 4, BIT(1));
	wr(D, GICD_ISENABLER + 4, 4, BIT(3));
	CHECK(rd(D, GICD_ISENABLER + 4, 4) == (BIT(1) | BIT(3)) &&
	      rd(D, GICD_ICENABLER + 4, 4) == (BIT(1) | BIT(3)));
	wr(D, GICD_ICENABLER + 4, 4, BIT(3));
	CHECK(rd(D, GICD_ISENABLER + 4, 4) == BIT(1));
	wr(D, GICD_ICENABLER + 4, 4, BIT(1));
	CHECK(rd(D, GICD_ISENABLER + 4, 4) == 0 && (vgic.enabled & SPIS) == 0);
	/* IROUTER: 64-bit, or 32-bit halves; RES0 bits dropped. */
	wr(D, GICD_IROUTER + 8 * 33, 8, ~0UL);
	CHECK(rd(D, GICD_IROUTER + 8 * 33, 8) == 0xff80ffffffUL); /* Aff3, IRM, Aff2-0 */
	wr(D, GICD_IROUTER + 8 * 33 + 4, 4, 0);
	CHECK(rd(D, GICD_IROUTER + 8 * 33, 8) == 0x80ffffffUL);
	CHECK(rd(D, GICD_IROUTER + 8 * 5, 8) == 0);      /* not an SPI: RAZ */
}

static void test_delivery(void)
{
	memset(fake_lr, 0, sizeof(fake_lr));
	/* A timer interrupt before the guest enabled it: it waits. */
	vgic_inject_hw(27);
	CHECK(used_lrs() == 0 && (rd(R, GICR_SGI_BASE + GICD_ISPENDR, 4) & BIT(27)));
	wr(R, GICR_SGI_BASE + GICD_ISENABLER, 4, BIT(27));
	CHECK(used_lrs() == 0);                         /* distributor off */
	wr(D, GICD_CTLR, 4, GICD_CTLR_ENABLE_GRP1);
	int n = lr_of(27);
	CHECK(n >= 0 && (fake_lr[n] & ICH_LR_HW) && (fake_lr[n] & ICH_LR_GROUP1) &&
	      ((fake_lr[n] >> ICH_LR_PINTID_SHIFT) & 0x1fff) == 27 &&
	      ((fake_lr[n] >> ICH_LR_PRIORITY_SHIFT) & 0xff) == 0x80 &&
	      LR_STATE(fake_lr[n]) == LR_PENDING && !(vgic.pending & BIT(27)));
	CHECK(rd(R, GICR_SGI_BASE + GICD_ISPENDR, 4) & BIT(27));   /* seen in the LR */
	/* Active, through the registers; cleared: the physical one too. */
	guest_ack(n);
	CHECK(rd(R, GICR_SGI_BASE + GICD_ISACTIVER, 4) == BIT(27));
	fake_deactivations = 0;
	wr(R, GICR_SGI_BASE + GICD_ICACTIVER, 4, BIT(27));
	CHECK(lr_of(27) < 0 && fake_deactivations == 1 && fake_deactivated[0] == 27);
	/* A pending timer interrupt cleared before the guest took it. */
	vgic_inject_hw(27);
	wr(R, GICR_SGI_BASE + GICD_ICPENDR, 4, BIT(27));
	CHECK(lr_of(27) < 0 && fake_deactivations == 2);
	/* Disabled: waiting in software; cleared there too. */
	wr(R, GICR_SGI_BASE + GICD_ICENABLER, 4, BIT(27));
	vgic_inject_hw(27);
	CHECK(lr_of(27) < 0 && (vgic.pending & BIT(27)) && (vgic.hw & BIT(27)));
	wr(R, GICR_SGI_BASE + GICD_ICPENDR, 4, BIT(27));
	CHECK(!(vgic.pending & BIT(27)) && fake_deactivations == 3);
	vgic_inject_hw(40);                             /* not private: ignored */
	CHECK(used_lrs() == 0 && vgic.pending == 0);
}

/* More pending than list registers: the rest waits, with the underflow
 * maintenance interrupt asked for, and goes in once there is room. */
static void test_overflow(void)
{
	memset(fake_lr, 0, sizeof(fake_lr));
	wr(R, GICR_SGI_BASE + GICD_ISENABLER, 4, 0x3f);
	for (unsigned sgi = 0; sgi < 6; sgi++)
		vgic_inject(sgi);
	CHECK(used_lrs() == 4 && fake_underflow && (vgic.pending & 0x3f) == 0x30);
	CHECK((rd(R, GICR_SGI_BASE + GICD_ISPENDR, 4) & 0x3f) == 0x3f);
	for (int n = 0; n < 3; n++)
		guest_eoi(n);
	vgic_maintenance();
	CHECK(used_lrs() == 3 && !fake_underflow && vgic.pending == 0);
	CHECK(lr_of(4) >= 0 && lr_of(5) >= 0);
	/* An edge again while the guest handles the first: pending and
	 * active, in the same list register. */
	int n = lr_of(5);
	guest_ack(n);
	vgic_inject(5);
	CHECK(n >= 0 && LR_STATE(fake_lr[n]) == (LR_PENDING | LR_ACTIVE) && lr_of(5) == n);
	memset(fake_lr, 0, sizeof(fake_lr));
	vgic_lr_underflow(false);
}

/* A level-sensitive SPI (the UART's): pending while high, taken back if
 * it drops before the guest took it, looked at again at its EOI. */
static void test_level(void)
{
	memset(fake_lr, 0, sizeof(fake_lr));
	wr(D, GICD_ISENABLER + 4, 4, BIT(33 - 32));
	vgic_set_level(33, true);
	int n = lr_of(33);
	CHECK(n >= 0 && (fake_lr[n] & ICH_LR_EOI) && !(fake_lr[n] & ICH_LR_HW));
	CHECK(rd(D, GICD_ISPENDR + 4, 4) == BIT(1));
	vgic_set_level(33, false);
	CHECK(lr_of(33) < 0 && rd(D, GICD_ISPENDR + 4, 4) == 0);
	vgic_set_level(33, true);
	n = lr_of(33);
	guest_ack(n);
	vgic_set_level(33, false);                      /* the handler read it */
	CHECK(lr_of(33) == n);                          /* still active */
	vgic_set_level(33, true);                       /* more input meanwhile */
	CHECK(n >= 0 && LR_STATE(fake_lr[n]) == LR_ACTIVE);    /* not pending twice */
	guest_eoi(n);
	vgic_maintenance();                             /* EOI: the line is high */
	n = lr_of(33);
	CHECK(n >= 0 && LR_STATE(fake_lr[n]) == LR_PENDING);
	guest_ack(n);
	vgic_set_level(33, false);
	guest_eoi(n);
	vgic_maintenance();
	CHECK(n >= 0 && used_lrs() == 0 && fake_lr[n] == 0); /* EOI request cleared */
	/* Configured as edge: the rising edge alone makes it pending. */
	wr(D, GICD_ICFGR + 8, 4, 0x8);
	vgic_set_level(33, true);
	n = lr_of(33);
	CHECK(n >= 0 && !(fake_lr[n] & ICH_LR_EOI));
	guest_eoi(n);
	vgic_maintenance();
	CHECK(used_lrs() == 0);                         /* high, but no new edge */
	vgic_set_level(33, false);
	wr(D, GICD_ICFGR + 8, 4, 0);
}

static void test_sgi(void)
{
	memset(fake_lr, 0, sizeof(fake_lr));
	/* The vCPU is Aff1 1, Aff0 2 (fake_hw.h): TargetList bit 2. */
	vgic_send_sgi(3UL << 24 | 1UL << 16 | 1U << 2, 1);
	CHECK(lr_of(3) >= 0);
	vgic_send_sgi(4UL << 24 | 1UL << 16 | 1U << 1, 1);   /* another CPU */
	vgic_send_sgi(4UL << 24 | 2UL << 16 | 1U << 2, 1);   /* another Aff1 */
	vgic_send_sgi(4UL << 24 | 1UL << 40, 1);             /* all but self */
	vgic_send_sgi(4UL << 24 | 1UL << 16 | 1U << 2, 0);   /* group 0: no */
	vgic_send_sgi(4UL << 24 | 1UL << 16 | 1UL << 44 | 1U << 2, 1);  /* RS 1 */
	CHECK(lr_of(4) < 0 && vgic.pending == 0);
	memset(fake_lr, 0, sizeof(fake_lr));
}

/* The hang detector's question: the same interrupt pending, untaken,
 * with nothing delivered since the last look. */
static void test_stuck(void)
{
	memset(fake_lr, 0, sizeof(fake_lr));
	CHECK(!vgic_stuck() && !vgic_stuck());          /* nothing pending */
	vgic_inject(1);
	CHECK(!vgic_stuck());                           /* first look */
	CHECK(vgic_stuck());                            /* second: stuck */
	guest_eoi(lr_of(1));
	vgic_inject(1);                                 /* taken, and again */
	CHECK(!vgic_stuck());
	memset(fake_lr, 0, sizeof(fake_lr));
	CHECK(!vgic_stuck());
}

static void test_refused(void)
{
	uint64_t v;

	/* Reserved offsets: zero, writes ignored, as words. */
	CHECK(rd(D, 0x0020, 4) == 0 && rd(R, GICR_SGI_BASE + 0x0d00, 4) == 0);
	wr(D, 0x0800, 1, 0xff);                         /* ITARGETSR: bytes */
	CHECK(rd(D, 0x0f10, 1) == 0);                   /* CPENDSGIR */
	CHECK(rd(R, 0x0070, 8) == 0);                   /* GICR_PROPBASER */
	/* Widths the architecture does not allow there. */
	CHECK(D->read(GICD_CTLR, 8, &v) == MMIO_UNSUPPORTED);
	CHECK(D->read(GICD_CTLR, 2, &v) == MMIO_UNSUPPORTED);
	CHECK(D->write(GICD_CTLR, 1, 0) == MMIO_UNSUPPORTED);
	CHECK(D->read(GICD_IPRIORITYR + 33, 2, &v) == MMIO_UNSUPPORTED);
	CHECK(D->read(GICD_IPRIORITYR + 34, 4, &v) == MMIO_UNSUPPORTED);
	CHECK(D->read(GICD_IROUTER + 8 * 33 + 4, 8, &v) == MMIO_UNSUPPORTED);
	CHECK(R->read(GICR_WAKER, 1, &v) == MMIO_UNSUPPORTED);
	CHECK(R->read(GICR_SGI_BASE + 0x0100, 8, &v) == MMIO_UNSUPPORTED);
	CHECK(R->read(0x1fffd, 1, &v) == MMIO_UNSUPPORTED);
}

int main(void)
{
	test_identity();
	test_settings();
	test_delivery();
	test_overflow();
	test_level();
	test_sgi();
	test_stuck();
	test_refused();
	return check_done();
}
