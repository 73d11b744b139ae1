/* Host tests for the emulated distributor and redistributor (vgic.c):
 * what the guest's driver reads back, and when an interrupt reaches a
 * list register. The list registers themselves are faked here. */
#include <string.h>
#include "check.h"
#include "../../common/print.c"
#include "../vgic.c"

static char console[4096];
static size_t console_len;

static void capture(char c)
{
	if (console_len < sizeof(console) - 1)
		console[console_len++] = c;
	console[console_len] = '\0';
}

int kprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(capture, fmt, ap);
	va_end(ap);
	return n;
}

/* Fake list registers: `free_lrs` of them, each fill recorded. */
static unsigned free_lrs = 4, fills, last_intid, last_priority;

bool vgic_lr_fill(unsigned intid, uint8_t priority)
{
	if (free_lrs == 0)
		return false;
	free_lrs--;
	fills++;
	last_intid = intid;
	last_priority = priority;
	return true;
}

uint64_t vgic_vcpu_mpidr(void) { return 0x80000000UL | (1UL << 8) | 2; }

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

int main(void)
{
	const struct mmio_device *D = &vgicd_device, *R = &vgicr_device;
	uint64_t v;

	/* Where the guest expects them. */
	CHECK(D->base == 0x08000000 && R->base == 0x080a0000);

	/* The redistributor: affinity from the vCPU's MPIDR, and Last. */
	v = rd(R, GICR_TYPER, 8);
	CHECK((v >> 32) == 0x00000102 && (v & GICR_TYPER_LAST));
	CHECK(rd(R, GICR_TYPER, 4) == (uint32_t)v);
	CHECK(rd(R, GICR_TYPER + 4, 4) == (v >> 32));
	/* Asleep after reset; awake as soon as asked. */
	CHECK(rd(R, GICR_WAKER, 4) == (GICR_WAKER_PROCESSOR_SLEEP | GICR_WAKER_CHILDREN_ASLEEP));
	wr(R, GICR_WAKER, 4, 0);
	CHECK(rd(R, GICR_WAKER, 4) == 0);
	CHECK(rd(R, GICR_CTLR, 4) == 0);                /* RWP never set */
	CHECK(rd(R, GICR_PIDR2, 4) == 0x30 && rd(D, GICD_PIDR2, 4) == 0x30);

	/* The distributor keeps ARE and EnableGrp1 only. */
	wr(D, GICD_CTLR, 4, 0xffffffff);
	CHECK(rd(D, GICD_CTLR, 4) == (GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP1 | GICD_CTLR_DS));
	wr(D, GICD_CTLR, 4, GICD_CTLR_ARE);

	/* Priorities: bytes, and words of four. */
	wr(R, GICR_IPRIORITYR + 27, 1, 0xa0);
	CHECK(rd(R, GICR_IPRIORITYR + 27, 1) == 0xa0);
	CHECK(rd(R, GICR_IPRIORITYR + 24, 4) == 0xa0000000UL);
	wr(R, GICR_IPRIORITYR + 28, 4, 0x44332211);
	CHECK(rd(R, GICR_IPRIORITYR + 28, 1) == 0x11 && rd(R, GICR_IPRIORITYR + 31, 1) == 0x44);

	/* Not deliverable yet (distributor group 1 off, INTID not enabled
	 * nor in group 1): kept pending, no list register used. */
	vgic_inject_hw(27);
	CHECK(fills == 0 && (vgic.pending & (1U << 27)));
	wr(R, GICR_IGROUPR0, 4, 1U << 27);
	CHECK(fills == 0);
	console_len = 0;
	wr(R, GICR_ISENABLER0, 4, 1U << 27);
	CHECK(strstr(console, "enables INTID 27 (group 1, priority 0xa0)") != 0);
	CHECK(fills == 0);                              /* still: GICD off */
	CHECK(rd(R, GICR_ISENABLER0, 4) == (1U << 27));
	wr(D, GICD_CTLR, 4, GICD_CTLR_ARE | GICD_CTLR_ENABLE_GRP1);
	CHECK(fills == 1 && last_intid == 27 && last_priority == 0xa0);
	CHECK(!(vgic.pending & (1U << 27)) && vgic_delivered() == 1);

	/* Deliverable now: straight into a list register. */
	vgic_inject_hw(27);
	CHECK(fills == 2 && vgic_delivered() == 2);
	/* No free list register: pending until a settings change frees
	 * one up (here, the next write). */
	free_lrs = 0;
	vgic_inject_hw(27);
	CHECK(fills == 2 && (vgic.pending & (1U << 27)));
	free_lrs = 1;
	wr(R, GICR_IGROUPR0, 4, 1U << 27);
	CHECK(fills == 3 && !(vgic.pending & (1U << 27)));

	/* Disabled again: not delivered. INTIDs beyond 31 never are. */
	wr(R, GICR_ICENABLER0, 4, 1U << 27);
	CHECK(rd(R, GICR_ICENABLER0, 4) == 0);
	free_lrs = 4;
	vgic_inject_hw(27);
	vgic_inject_hw(32);
	vgic_inject_hw(1023);
	CHECK(fills == 3);

	/* Refused: widths the architecture does not allow, unaligned
	 * accesses, and the edges of IPRIORITYR. */
	CHECK(D->read(GICD_CTLR, 8, &v) == MMIO_UNSUPPORTED);
	CHECK(D->write(GICD_CTLR, 1, 0) == MMIO_UNSUPPORTED);
	CHECK(D->read(0x104, 2, &v) == MMIO_UNSUPPORTED);
	CHECK(D->read(0x106, 4, &v) == MMIO_UNSUPPORTED);
	CHECK(D->read(0x0108, 8, &v) == MMIO_UNSUPPORTED);      /* not 64-bit */
	CHECK(D->read(0x0104, 1, &v) == MMIO_UNSUPPORTED);      /* not bytes */
	CHECK(R->read(GICR_WAKER, 1, &v) == MMIO_UNSUPPORTED);
	CHECK(R->read(GICR_TYPER, 2, &v) == MMIO_UNSUPPORTED);
	/* runs past INTID 31 */
	CHECK(R->read(GICR_IPRIORITYR + 30, 4, &v) == MMIO_UNSUPPORTED);
	CHECK(R->write(GICR_IPRIORITYR + 29, 4, 0) == MMIO_UNSUPPORTED);
	CHECK(R->read(GICR_IPRIORITYR + 32, 1, &v) == MMIO_UNSUPPORTED);
	CHECK(R->write(GICR_IPRIORITYR - 1, 1, 0) == MMIO_UNSUPPORTED);
	CHECK(R->read(0x1fffe, 2, &v) == MMIO_UNSUPPORTED);

	/* Reserved offsets and registers of what this GIC lacks read as
	 * zero and ignore writes; so do writes to read-only registers. */
	v = 1;
	CHECK(D->read(0x0008, 4, &v) == MMIO_DONE && v == 0);   /* GICD_IIDR */
	v = 1;
	CHECK(D->read(0x000c, 4, &v) == MMIO_DONE && v == 0);   /* GICD_TYPER2 */
	CHECK(D->write(0x0104, 4, ~0UL) == MMIO_DONE);          /* ISENABLER1 */
	v = 1;
	CHECK(D->read(0x0104, 4, &v) == MMIO_DONE && v == 0);
	v = 1;
	CHECK(D->read(0x0420, 1, &v) == MMIO_DONE && v == 0);   /* IPRIORITYR8 */
	CHECK(D->write(0x0820, 1, 0xff) == MMIO_DONE);          /* ITARGETSR8 */
	v = 1;
	CHECK(D->read(0x6100, 8, &v) == MMIO_DONE && v == 0);   /* IROUTER32 */
	v = 1;
	CHECK(D->read(0xfffc, 4, &v) == MMIO_DONE && v == 0);   /* CIDR3 */
	CHECK(D->write(GICD_TYPER, 4, 0) == MMIO_DONE);
	CHECK(rd(D, GICD_TYPER, 4) == GICD_TYPER_VALUE);
	v = 1;
	CHECK(R->read(GICR_SGI_BASE + 0xc00, 4, &v) == MMIO_DONE && v == 0); /* ICFGR0 */
	v = 1;
	CHECK(R->read(GICR_PROPBASER, 8, &v) == MMIO_DONE && v == 0);
	CHECK(R->write(GICR_CTLR, 4, 1) == MMIO_DONE);          /* EnableLPIs */
	CHECK(rd(R, GICR_CTLR, 4) == 0);
	CHECK(R->write(GICR_TYPER, 8, 0) == MMIO_DONE);
	CHECK(rd(R, GICR_TYPER + 4, 4) != 0 || rd(R, GICR_TYPER, 4) != 0);
	v = 1;
	CHECK(R->read(0x1fffc, 4, &v) == MMIO_DONE && v == 0);

	return check_done();
}
