/*
 * The emulated GIC as the architecture has it answer: reserved offsets
 * and registers of what it lacks (SPIs beyond 63, LPIs, the group
 * modifiers of a GIC with one security state) read as zero and ignore
 * writes, never fault; and a big-endian guest reads its registers
 * byte-swapped, as from any little-endian device.
 */
#include "hostile.h"

#define GICD            0x08000000UL
#define GICR            0x080a0000UL
#define GICR_SGI        (GICR + 0x10000)
#define GICD_TYPER_LE   0x00780001UL    /* IDbits 15, SPIs up to 63 */

static volatile uintptr_t where;
static volatile uint32_t got;

static void load(void)  { got = *(volatile uint32_t *)where; }
static void store(void) { *(volatile uint32_t *)where = ~0U; }

static void raz(const char *what, uintptr_t addr, bool write_first)
{
	bool ok;

	where = addr;
	got = 0xbad;
	ok = !(write_first && attempt(store)) && !attempt(load) && got == 0;
	kprintf("%s: %s%s0x%x: %s\n", what, write_first ? "write ~0, then " : "",
		"read ", got, ok ? "ok" : "WRONG");
}

/* Big-endian loads, registers only while SCTLR_EL1.EE is set. */
static void be_loads(unsigned long *typer, unsigned long *rtyper)
{
	unsigned long a, b;

	__asm__ volatile("mrs	x9, sctlr_el1\n\t"
			 "orr	x10, x9, #(1 << 25)\n\t"        /* EE */
			 "msr	sctlr_el1, x10\n\t"
			 "isb\n\t"
			 "ldr	%w0, [%2, #0x4]\n\t"            /* GICD_TYPER */
			 "ldr	%1, [%3, #0x8]\n\t"             /* GICR_TYPER */
			 "msr	sctlr_el1, x9\n\t"
			 "isb"
			 : "=&r"(a), "=&r"(b) : "r"(GICD), "r"(GICR) : "x9", "x10", "memory");
	*typer = a;
	*rtyper = b;
}

int main(void)
{
	unsigned long typer, rtyper, rtyper_le;

	uart_init();
	kprintf("vgic-bus: the GIC frames as the architecture has them answer\n");
	raz("GICD_STATUSR (0x010)", GICD + 0x010, false);
	raz("GICD_TYPER2 (0x00c)", GICD + 0x00c, false);
	raz("GICD_ISENABLER2 (0x108), SPIs 64-95", GICD + 0x108, true);
	raz("GICD reserved (0x2000)", GICD + 0x2000, true);
	raz("GICR_IGRPMODR0 (SGI_base + 0xd00)", GICR_SGI + 0xd00, true);
	raz("GICR reserved (RD_base + 0x1000)", GICR + 0x1000, true);

	be_loads(&typer, &rtyper);
	rtyper_le = *(volatile unsigned long *)(GICR + 0x8);
	kprintf("SCTLR_EL1.EE = 1: GICD_TYPER reads 0x%08lx, GICR_TYPER 0x%016lx: %s\n",
		typer, rtyper, typer == __builtin_bswap32(GICD_TYPER_LE) &&
		rtyper == __builtin_bswap64(rtyper_le) ? "ok" : "WRONG");
	kprintf("vgic-bus: done\n");
	hvc(PSCI_SYSTEM_OFF, 0, 0);
	for (;;)
		;
}
