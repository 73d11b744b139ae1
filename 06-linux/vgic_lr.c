/*
 * The GICv3 virtual CPU interface, from EL2: ICH_HCR_EL2 turns it on,
 * ICH_VMCR_EL2 holds the guest's view of its CPU interface settings, and
 * each list register ICH_LR<n>_EL2 holds one interrupt for the guest.
 */
#include <stdint.h>
#include "print.h"
#include "sysregs.h"
#include "vgic.h"

static unsigned list_regs;      /* how many ICH_LR<n>_EL2 there are */
static unsigned long ich_hcr;   /* ICH_HCR_EL2 as last written */

/* ICH_LR<n>_EL2 by number: each is its own system register. */
#define LR_CASE(n) case n: return read_sysreg(ich_lr##n##_el2)
uint64_t vgic_lr_read(unsigned n)
{
	switch (n) {
	LR_CASE(0); LR_CASE(1); LR_CASE(2); LR_CASE(3);
	LR_CASE(4); LR_CASE(5); LR_CASE(6); LR_CASE(7);
	LR_CASE(8); LR_CASE(9); LR_CASE(10); LR_CASE(11);
	LR_CASE(12); LR_CASE(13); LR_CASE(14); LR_CASE(15);
	}
	return 0;
}
#undef LR_CASE

#define LR_CASE(n) case n: write_sysreg(ich_lr##n##_el2, v); break
void vgic_lr_write(unsigned n, uint64_t v)
{
	switch (n) {
	LR_CASE(0); LR_CASE(1); LR_CASE(2); LR_CASE(3);
	LR_CASE(4); LR_CASE(5); LR_CASE(6); LR_CASE(7);
	LR_CASE(8); LR_CASE(9); LR_CASE(10); LR_CASE(11);
	LR_CASE(12); LR_CASE(13); LR_CASE(14); LR_CASE(15);
	}
}
#undef LR_CASE

/*
 * No active virtual priorities: every ICH_AP0R<n>_EL2 and ICH_AP1R<n>_EL2
 * the CPU has, UNKNOWN at reset, to 0. One register per 32 preemption
 * levels: 5 preemption bits (ICH_VTR_EL2.PREbits + 1) mean n = 0 only, 6
 * mean 0-1, 7 mean 0-3; the others do not exist.
 */
static void clear_active_priorities(void)
{
	unsigned prebits = (unsigned)((read_sysreg(ich_vtr_el2) >>
				       ICH_VTR_EL2_PREBITS_SHIFT) &
				      ICH_VTR_EL2_PREBITS_MASK) + 1;

	write_sysreg(ich_ap0r0_el2, 0);
	write_sysreg(ich_ap1r0_el2, 0);
	if (prebits < 6)
		return;
	write_sysreg(ich_ap0r1_el2, 0);
	write_sysreg(ich_ap1r1_el2, 0);
	if (prebits < 7)
		return;
	write_sysreg(ich_ap0r2_el2, 0);
	write_sysreg(ich_ap1r2_el2, 0);
	write_sysreg(ich_ap0r3_el2, 0);
	write_sysreg(ich_ap1r3_el2, 0);
}

unsigned vgic_lr_count(void)
{
	return list_regs;
}

void vgic_init(void)
{
	list_regs = (unsigned)(read_sysreg(ich_vtr_el2) &
			       ICH_VTR_EL2_LISTREGS_MASK) + 1;
	for (unsigned n = 0; n < list_regs; n++)
		vgic_lr_write(n, 0);
	/* The guest reaches its CPU interface through system registers:
	 * ICC_SRE_EL1.SRE, UNKNOWN at reset where it is not fixed at 1, and
	 * written before ICH_VMCR_EL2, whose VFIQEn is RES1 once SRE is. */
	write_sysreg(icc_sre_el1, ICC_SRE_EL1_SRE);
	isb();
	clear_active_priorities();
	/* The guest sets its own priority mask and group enable through
	 * ICC_PMR_EL1 and ICC_IGRPEN1_EL1, which land in ICH_VMCR_EL2. */
	write_sysreg(ich_vmcr_el2, ICH_VMCR_EL2_VFIQEN);
	ich_hcr = ICH_HCR_EL2_EN;
	write_sysreg(ich_hcr_el2, ich_hcr);
	isb();
	kprintf("hyp: vgic: virtual CPU interface on, %u list registers\n",
		list_regs);
}

/*
 * ICH_HCR_EL2.UIE: a maintenance interrupt when at most one list
 * register holds an interrupt. On while interrupts wait in software
 * for a free list register; the maintenance interrupt then refills.
 */
void vgic_lr_underflow(bool on)
{
	unsigned long hcr = on ? ich_hcr | ICH_HCR_EL2_UIE : ich_hcr & ~ICH_HCR_EL2_UIE;

	if (hcr == ich_hcr)
		return;
	ich_hcr = hcr;
	write_sysreg(ich_hcr_el2, hcr);
	isb();
}

uint64_t vgic_vcpu_mpidr(void)
{
	return read_sysreg(vmpidr_el2);
}
