/*
 * Hostile guest: touch the hypervisor's system registers from EL1. The
 * CPU itself makes every EL2 register UNDEFINED at EL1 (the hypervisor
 * never even sees the attempt), and so are writes to the read-only ID
 * registers.
 */
#include "hostile.h"

static void read_hcr(void)      { __asm__ volatile("mrs x0, hcr_el2" ::: "x0"); }
static void write_hcr(void)     { __asm__ volatile("msr hcr_el2, xzr"); }
static void read_vttbr(void)    { __asm__ volatile("mrs x0, vttbr_el2" ::: "x0"); }
static void write_vttbr(void)   { __asm__ volatile("msr vttbr_el2, xzr"); }
static void write_vbar2(void)   { __asm__ volatile("msr vbar_el2, xzr"); }
static void write_sctlr2(void)  { __asm__ volatile("msr sctlr_el2, xzr"); }
static void read_ich_hcr(void)  { __asm__ volatile("mrs x0, ich_hcr_el2" ::: "x0"); }
static void write_ich_lr0(void) { __asm__ volatile("msr ich_lr0_el2, xzr"); }
static void write_cnthp(void)   { __asm__ volatile("msr cnthp_ctl_el2, xzr"); }
static void write_mmfr0(void)   { __asm__ volatile("msr S3_0_C0_C7_0, xzr"); }
static void read_own_pa(void)   { (void)*(volatile uint32_t *)0x48000000; }

int main(void)
{
	uart_init();
	kprintf("hostile-sysregs: touching EL2's registers from EL1\n");
	expect_fault("read HCR_EL2", read_hcr);
	expect_fault("clear HCR_EL2 (stage 2 and every trap off)", write_hcr);
	expect_fault("read VTTBR_EL2", read_vttbr);
	expect_fault("write VTTBR_EL2 (its own stage-2 tables)", write_vttbr);
	expect_fault("write VBAR_EL2", write_vbar2);
	expect_fault("write SCTLR_EL2", write_sctlr2);
	expect_fault("read ICH_HCR_EL2", read_ich_hcr);
	expect_fault("write ICH_LR0_EL2 (inject its own interrupt)", write_ich_lr0);
	expect_fault("stop the hypervisor's timer, CNTHP_CTL_EL2", write_cnthp);
	expect_fault("write ID_AA64MMFR0_EL1 (read-only)", write_mmfr0);

	/* Stage 2 is still on: its RAM's physical address still faults. */
	expect_fault("afterwards, read IPA 0x48000000 (stage 2 still on)",
		     read_own_pa);
	check_alive();
	finish("hostile-sysregs");
}
