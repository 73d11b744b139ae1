/*
 * Stage-1 translation for the guest: one level-1 table of 1 GiB blocks.
 * With a 4 KiB granule and TCR_EL1.T0SZ = 32 (a 4 GiB VA space) the walk
 * starts at level 1, whose 4 entries cover 1 GiB each:
 *
 *   VA 0x0000_0000  -> 0x0000_0000  devices (GIC, UART), Device-nGnRE, XN
 *   VA 0x4000_0000  -> 0x4000_0000  RAM, normal write-back, read/write
 *   VA 0x8000_0000  -> 0x4000_0000  RAM again (the alias), read-only, XN
 *   VA 0xc000_0000     nothing
 *
 * The alias is the point of the exercise: the same RAM at two virtual
 * addresses, GVA != IPA. Under the hypervisor stage 2 then maps the IPA
 * to yet another physical address.
 */
#include <stdint.h>
#include "mmu.h"
#include "platform.h"
#include "sysregs.h"

/* Stage-1 block descriptor bits (VMSAv8-64, 4 KiB granule, level 1). */
#define DESC_BLOCK              0x1UL        /* [1:0] = 0b01 */
#define DESC_ATTRINDX(i)        ((unsigned long)(i) << 2)  /* MAIR_EL1 index */
#define DESC_AP_RO              (1UL << 7)   /* AP[2]: read-only */
#define DESC_SH_INNER           (3UL << 8)
#define DESC_AF                 (1UL << 10)  /* accessed: no access-flag fault */
#define DESC_PXN                (1UL << 53)  /* EL1 may not execute */
#define DESC_UXN                (1UL << 54)  /* EL0 may not execute */

#define ATTR_NORMAL             0            /* MAIR_EL1 Attr0 */
#define ATTR_DEVICE             1            /* MAIR_EL1 Attr1 */

#define GIB                     0x40000000UL

static uint64_t level1[512] __attribute__((aligned(4096)));

/* Where this program's memory begins and ends (common/kernel.ld). */
extern char start[], stack_top[];

void mmu_init(void)
{
	const unsigned long normal = DESC_BLOCK | DESC_ATTRINDX(ATTR_NORMAL) |
				     DESC_SH_INNER | DESC_AF;
	unsigned long line = 4UL << ((read_sysreg(ctr_el0) >> CTR_EL0_DMINLINE_SHIFT) &
				     CTR_EL0_DMINLINE_MASK);

	level1[0] = 0 | DESC_BLOCK | DESC_ATTRINDX(ATTR_DEVICE) | DESC_AF |
		    DESC_PXN | DESC_UXN;
	level1[1] = RAM_BASE | normal;
	level1[2] = RAM_BASE | normal | DESC_AP_RO | DESC_PXN | DESC_UXN;

	/* Everything written so far, with the MMU off, went straight to
	 * memory: the table (which the walker reads through the caches),
	 * and our data, BSS and stack (which we will read through them).
	 * A stale line left there by whatever ran before us would hide it:
	 * drop every line of the image, from start to stack_top. */
	__asm__ volatile("dsb sy" : : : "memory");
	for (uintptr_t a = (uintptr_t)start; a < (uintptr_t)stack_top; a += line)
		__asm__ volatile("dc ivac, %0" : : "r"(a) : "memory");
	__asm__ volatile("dsb sy" : : : "memory");

	write_sysreg(mair_el1, MAIR_ATTR(ATTR_NORMAL, MAIR_NORMAL_WB) |
			       MAIR_ATTR(ATTR_DEVICE, MAIR_DEVICE_nGnRE));
	write_sysreg(tcr_el1, (32UL << TCR_EL1_T0SZ_SHIFT) | TCR_EL1_IRGN0_WBWA |
			      TCR_EL1_ORGN0_WBWA | TCR_EL1_SH0_INNER |
			      TCR_EL1_TG0_4K | TCR_EL1_EPD1 | TCR_EL1_TG1_4K |
			      TCR_EL1_IPS_32BIT);
	write_sysreg(ttbr0_el1, (uintptr_t)level1);
	isb();
	__asm__ volatile("tlbi vmalle1\n\tdsb nsh\n\tisb" : : : "memory");

	write_sysreg(sctlr_el1, SCTLR_EL1_RES1 | SCTLR_EL1_M | SCTLR_EL1_C |
				SCTLR_EL1_SA | SCTLR_EL1_I);
	isb();
}
