/*
 * Chapter 06: an operating system as the guest. The hypervisor loads
 * Debian's Linux kernel, an initramfs and a device tree as a boot loader
 * would, and gives the kernel the machine that device tree describes:
 * 128 MiB of RAM through stage 2, an emulated GIC distributor and
 * redistributor, an emulated PL011 whose input comes from the real one,
 * PSCI, and its timer and other interrupts as virtual interrupts.
 */
#include <stdint.h>
#include "exceptions.h"
#include "gic.h"
#include "fdt.h"
#include "guest.h"
#include "loader.h"
#include "platform.h"
#include "print.h"
#include "psci.h"
#include "stage2.h"
#include "sysregs.h"
#include "uart.h"
#include "vcpu.h"
#include "traps.h"
#include "vgic.h"
#include "vuart.h"

/*
 * SCTLR_EL2 for this chapter, every other bit 0 (MMU and data cache off,
 * little-endian):
 *   RES1  the bits the architecture wants set
 *   SA    a load or store based on an SP that is not 16-byte aligned
 *         faults (QEMU does not check this)
 *   I     instruction fetches may be cached
 */
#define SCTLR_EL2_VALUE (SCTLR_EL2_RES1 | SCTLR_EL2_SA | SCTLR_EL2_I)

/*
 * HCR_EL2 for this chapter, every other bit 0:
 *   VM    stage-2 translation: the guest's addresses are IPAs that go
 *         through the tables built below (set once the tables are ready)
 *   RW    EL1 runs in AArch64
 *   TSC   SMC at EL1 traps to EL2 (EC 0x17) instead of reaching firmware
 *   TID3  reads of the ID group 3 registers (ID_AA64PFR0_EL1, ...) trap
 *         (EC 0x18), so the hypervisor decides what the guest sees
 *   IMO   physical IRQs are taken to EL2, whatever the guest's PSTATE.I;
 *         and the guest's GIC CPU interface is the virtual one
 *   FMO   the same for FIQs (Group 0): the guest reaches no part of the
 *         physical CPU interface, not even the Group 0 registers
 *   AMO   physical SErrors are taken to EL2 while the guest runs, whatever
 *         its PSTATE.A: an error the guest caused is reported to us, and
 *         one of ours is never taken by the guest; it also lets EL2 give
 *         the guest a virtual SError (VSE)
 *   TIDCP the IMPLEMENTATION DEFINED registers (op0 3, CRn 11 or 15) trap:
 *         they control the core itself, which is not the guest's
 *   TACR  ACTLR_EL1 accesses trap, for the same reason
 *   TSW   DC ISW, CSW and CISW trap (EC 0x18): by set/way they act on
 *         this CPU's caches as a whole, and DC ISW (invalidate, no clean)
 *         would throw away dirty lines that are not the guest's. traps.c
 *         does each as a clean and invalidate of the same set and way
 *   PTW   a guest stage-1 table walk that stage 2 maps as Device memory
 *         faults, as the architecture lets a walk never touch a device
 * TWI = 0: the guest's WFI idles the CPU for real. It wakes on a virtual
 * interrupt in a list register, or on a physical one, which goes to EL2
 * first. With one vCPU per CPU there is nothing better to run meanwhile.
 * TWE = 0: WFE is a hint the guest may use in spin loops, and there is
 * nothing else to run here. TLOR: see hcr_value(). KVM's guest flags
 * set FB and BSU too, which broadcast the guest's TLB and barrier
 * operations for a vCPU that moves between CPUs: ours never moves.
 */
#define HCR_EL2_VALUE   (HCR_EL2_VM | HCR_EL2_RW | HCR_EL2_TSC | \
			 HCR_EL2_TID3 | HCR_EL2_IMO | HCR_EL2_FMO | HCR_EL2_AMO | \
			 HCR_EL2_TIDCP | HCR_EL2_TACR | HCR_EL2_TSW | HCR_EL2_PTW)

/* The guest starts at EL1 using SP_EL1 (EL1h), with D, A, I, F masked. */
#define GUEST_SPSR      (SPSR_EL2_M_EL1H | PSTATE_D | PSTATE_A | PSTATE_I | \
			 PSTATE_F)


/* The guest's VMID: stage-2 TLB entries are tagged with it. */
#define GUEST_VMID      1UL

/* Pages for the guest's stage-2 tables: a level-1 table and a level-2
 * table for the 1 GiB that holds its RAM, which is mapped in 2 MiB
 * blocks and needs no level-3 table. */
#define S2_POOL_PAGES   2

/* The end of the hypervisor's image and stack (common/kernel.ld). */
extern char __hyp_end[];

static s2_table_t s2_pool[S2_POOL_PAGES] __attribute__((aligned(S2_PAGE_SIZE)));
static struct stage2 guest_s2;
static struct vcpu guest_vcpu;

/* An ID register field: 0 means the feature is absent. */
static unsigned long id_field(unsigned long id, unsigned shift)
{
	return (id >> shift) & ID_FIELD_MASK;
}

/*
 * EL2 registers of later extensions: UNKNOWN at reset where the CPU has
 * them, UNDEFINED where it does not, so the ID registers decide.
 *   HCRX_EL2 (FEAT_HCX) = 0: none of the extra EL1 controls it holds
 *   HFGRTR_EL2, HFGWTR_EL2, HFGITR_EL2, HDFGRTR_EL2, HDFGWTR_EL2
 *   (FEAT_FGT) = 0: no fine-grained traps, but for their "n" bits, where
 *   0 means trap: the registers of features this guest is not given
 *   (SME's SMPRI_EL1 and TPIDR2_EL0, and later ones), which then trap
 *   and read as undefined instructions
 * Binutils 2.40 knows none of them by name: their encodings are used.
 */
static void init_feature_traps(void)
{
	if (id_field(read_sysreg(id_aa64mmfr1_el1), ID_AA64MMFR1_EL1_HCX_SHIFT))
		write_sysreg(S3_4_C1_C2_2, 0);          /* HCRX_EL2 */
	if (id_field(read_sysreg(id_aa64mmfr0_el1), ID_AA64MMFR0_EL1_FGT_SHIFT)) {
		write_sysreg(S3_4_C1_C1_4, 0);          /* HFGRTR_EL2 */
		write_sysreg(S3_4_C1_C1_5, 0);          /* HFGWTR_EL2 */
		write_sysreg(S3_4_C1_C1_6, 0);          /* HFGITR_EL2 */
		write_sysreg(S3_4_C3_C1_4, 0);          /* HDFGRTR_EL2 */
		write_sysreg(S3_4_C3_C1_5, 0);          /* HDFGWTR_EL2 */
	}
}

/* The event counters EL1 may have: PMCR_EL0.N with an Arm PMU, else 0. */
static unsigned long pmu_counters(void)
{
	unsigned long pmuver = id_field(read_sysreg(id_aa64dfr0_el1),
					ID_AA64DFR0_EL1_PMUVER_SHIFT);

	if (pmuver == 0 || pmuver == ID_AA64DFR0_EL1_PMUVER_IMPDEF)
		return 0;
	return (read_sysreg(pmcr_el0) >> PMCR_EL0_N_SHIFT) & PMCR_EL0_N_MASK;
}

/* HCR_EL2_VALUE, and TLOR where FEAT_LOR gives it a meaning (bit 35 is
 * RES0 elsewhere): the LORegion registers then trap, and the guest,
 * which is not given the feature, gets an undefined instruction. */
static unsigned long hcr_value(void)
{
	if (id_field(read_sysreg(id_aa64mmfr1_el1), ID_AA64MMFR1_EL1_LO_SHIFT))
		return HCR_EL2_VALUE | HCR_EL2_TLOR;
	return HCR_EL2_VALUE;
}

/*
 * Everything at EL1 that the guest finds when it starts. On hardware these
 * registers hold UNKNOWN values after reset, so set each one.
 */
static void init_el1_state(void)
{
	/* At EL1, reads of MIDR_EL1 and MPIDR_EL1 return VPIDR_EL2 and
	 * VMPIDR_EL2. Show the guest the real values. */
	write_sysreg(vpidr_el2, read_sysreg(midr_el1));
	write_sysreg(vmpidr_el2, read_sysreg(mpidr_el1));

	/* MMU and caches off, little-endian. The guest sets its own vector
	 * base first thing. */
	write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
	write_sysreg(vbar_el1, 0);

	/* The Generic Timer: EL1 may read the physical counter and use its
	 * physical timer, and the virtual counter equals the physical one.
	 * The EL1 timers start disabled, and EL0 reaches no counter or timer
	 * until the guest says so in CNTKCTL_EL1: all three are UNKNOWN at
	 * reset, and a timer left enabled would fire at a guest that never
	 * asked for it. */
	write_sysreg(cnthctl_el2, CNTHCTL_EL2_EL1PCTEN | CNTHCTL_EL2_EL1PCEN);
	write_sysreg(cntvoff_el2, 0);
	write_sysreg(cntv_ctl_el0, 0);
	write_sysreg(cntp_ctl_el0, 0);
	write_sysreg(cntkctl_el1, 0);

	/* No traps of FP/SIMD, trace or CPACR_EL1 accesses (CPTR_EL2), and
	 * none of AArch32 CP15 registers either (HSTR_EL2, UNKNOWN at reset:
	 * a guest's AArch32 EL0 would otherwise trap at random). */
	write_sysreg(cptr_el2, CPTR_EL2_RES1);
	write_sysreg(hstr_el2, 0);
	init_feature_traps();

	/* No debug or PMU traps (MDCR_EL2, UNKNOWN at reset), and every event
	 * counter EL1's to use: HPMN = PMCR_EL0.N. PMCR_EL0 exists only with
	 * an Arm PMU (ID_AA64DFR0_EL1.PMUVer 1 to 14); without one HPMN is
	 * RES0. (A PMU with no counters, N = 0, would need FEAT_HPMN0 for
	 * HPMN = 0; it would give EL1 nothing to count either way.) */
	write_sysreg(mdcr_el2, pmu_counters() << MDCR_EL2_HPMN_SHIFT);

	write_sysreg(hcr_el2, hcr_value());
	isb();
}

/* The smallest data cache line, in bytes. */
static unsigned long dcache_line_size(void)
{
	return 4UL << ((read_sysreg(ctr_el0) >> CTR_EL0_DMINLINE_SHIFT) &
		       CTR_EL0_DMINLINE_MASK);
}

/*
 * Our stores go straight to memory (the MMU is off, so they are not
 * cacheable), but a cache may still hold an older copy of these lines,
 * left by whatever ran before us. Invalidate them (DC IVAC, to the point
 * of coherency) twice: before we write, so that a stale dirty line
 * cannot be evicted later on top of what we wrote; and after, so that a
 * cacheable reader (the stage-2 walker, the guest once its caches are
 * on) cannot find an old clean copy. Invalidating is enough: nothing in
 * these lines is worth keeping. (Before our stores, clean-and-invalidate
 * would do as well; after them it would not, as it could write a stale
 * line back over what we wrote.)
 */
static void dcache_invalidate(uintptr_t start, uintptr_t end)
{
	unsigned long line = dcache_line_size();

	__asm__ volatile("dsb sy" : : : "memory");
	for (uintptr_t a = start & ~(line - 1); a < end; a += line)
		__asm__ volatile("dc ivac, %0" : : "r"(a) : "memory");
	__asm__ volatile("dsb sy" : : : "memory");
}

void dcache_clean_line(uint64_t pa)
{
	__asm__ volatile("dc cvac, %0\n\tdsb sy" : : "r"(pa) : "memory");
}

/* Copy len bytes to a physical address, 16 at a time (both ends are
 * 16-byte aligned; the tail is padding the guest does not look at). */
static void copy_to_pa(uint64_t pa, const char *src, unsigned long len)
{
	volatile uint64_t *dst = (volatile uint64_t *)pa;
	const uint64_t *from = (const uint64_t *)src;

	for (unsigned long i = 0; i < (len + 15) / 8; i += 2) {
		uint64_t a = from[i], b = from[i + 1];

		dst[i] = a;
		dst[i + 1] = b;
	}
}

/* One piece of the guest, copied to its IPA in guest RAM, with the
 * data cache invalidated around the copy as for any guest memory. */
static void load_piece(uint64_t ipa, const char *src, unsigned long len)
{
	uint64_t pa = ipa - GUEST_RAM_IPA + GUEST_RAM_PA;

	dcache_invalidate(pa, pa + len);
	copy_to_pa(pa, src, len);
	dcache_invalidate(pa, pa + len);
}

/*
 * The boot loader's work: place the kernel, the initramfs and the
 * device tree (loader.c decides where), copy them, and write the
 * initramfs's place into the device tree's /chosen. Returns the device
 * tree's IPA, for the kernel's x0. RAM the loader does not fill is left
 * as the board gave it: the hypervisor has never written there.
 */
static void load_guest(struct guest_layout *l)
{
	unsigned long image = (unsigned long)(guest_image_end - guest_image_start);
	unsigned long initrd = (unsigned long)(guest_initrd_end - guest_initrd_start);
	unsigned long dtb = (unsigned long)(guest_dtb_end - guest_dtb_start);
	const char *err = loader_place(guest_image_start, image, initrd, dtb,
				       GUEST_RAM_IPA, GUEST_RAM_SIZE, l);

	if (err == 0 && initrd != 0)
		err = fdt_set_u64(guest_dtb_start, dtb, "chosen",
				  "linux,initrd-start", l->initrd);
	if (err == 0 && initrd != 0)
		err = fdt_set_u64(guest_dtb_start, dtb, "chosen",
				  "linux,initrd-end", l->initrd_end);
	if (err != 0) {
		kprintf("error: cannot load the guest: %s\n", err);
		power_off();
	}

	load_piece(l->kernel, guest_image_start, image);
	load_piece(l->initrd, guest_initrd_start, initrd);
	load_piece(l->dtb, guest_dtb_start, dtb);
	/* The guest will execute what we just wrote as data: no stale
	 * instructions may stay in the instruction cache. */
	__asm__ volatile("ic iallu\n\tdsb sy\n\tisb" : : : "memory");

	kprintf("hyp: kernel: %s, %lu bytes, at IPA 0x%08lx-0x%08lx\n",
		l->header ? "arm64 Image" : "raw image (no arm64 header)", image,
		l->kernel, l->kernel_end - 1);
	if (initrd != 0)
		kprintf("hyp: initramfs: %lu bytes at IPA 0x%08lx\n", initrd, l->initrd);
	kprintf("hyp: device tree: %lu bytes at IPA 0x%08lx\n", dtb, l->dtb);
}

static void map_or_stop(uint64_t ipa, uint64_t pa, uint64_t size,
			unsigned flags, const char *what)
{
	int err = s2_map(&guest_s2, ipa, pa, size, flags);

	if (err != 0) {
		kprintf("error: cannot map %s: %s\n", what, s2_strerror(err));
		power_off();
	}
	kprintf("hyp: stage 2: IPA 0x%08lx-0x%08lx -> PA 0x%08lx %s%s%s %s\n",
		ipa, ipa + size - 1, pa, (flags & S2_READ) ? "r" : "-",
		(flags & S2_WRITE) ? "w" : "-", (flags & S2_EXEC) ? "x" : "-",
		what);
}

/*
 * VTCR_EL2, the shape of the guest's stage 2:
 *   T0SZ = 32   a 32-bit (4 GiB) IPA space: the board's devices and RAM
 *               below 4 GiB, with 4 entries in the level-1 table
 *   SL0         the walk starts at level 1 (4 KiB granule)
 *   IRGN0, ORGN0, SH0  the walker reads tables as inner shareable,
 *               write-back cacheable memory
 *   TG0 = 4K    4 KiB pages
 *   PS          the PA size, as ID_AA64MMFR0_EL1.PARange reports it
 *               (at most 48 bits: our descriptors hold 48-bit addresses)
 */
static unsigned long vtcr_value(unsigned long parange)
{
	return ((64UL - S2_IPA_BITS) << VTCR_EL2_T0SZ_SHIFT) |
	       VTCR_EL2_SL0_LEVEL1 | VTCR_EL2_IRGN0_WBWA | VTCR_EL2_ORGN0_WBWA |
	       VTCR_EL2_SH0_INNER | VTCR_EL2_TG0_4K |
	       (parange << VTCR_EL2_PS_SHIFT) | VTCR_EL2_RES1;
}

static void stage2_enable(void)
{
	static const unsigned pa_bits[] = { 32, 36, 40, 42, 44, 48 };
	unsigned long parange = read_sysreg(id_aa64mmfr0_el1) &
				ID_AA64MMFR0_EL1_PARANGE_MASK;

	if (parange > PARANGE_48_BITS)
		parange = PARANGE_48_BITS;
	dcache_invalidate((uintptr_t)s2_pool, (uintptr_t)(s2_pool + S2_POOL_PAGES));
	if (!s2_init(&guest_s2, s2_pool, S2_POOL_PAGES, pa_bits[parange])) {
		kprintf("error: no page for the stage-2 root table\n");
		power_off();
	}

	map_or_stop(GUEST_RAM_IPA, GUEST_RAM_PA, GUEST_RAM_SIZE,
		    S2_READ | S2_WRITE | S2_EXEC, "guest RAM");
	dcache_invalidate((uintptr_t)s2_pool, (uintptr_t)(s2_pool + S2_POOL_PAGES));

	write_sysreg(vtcr_el2, vtcr_value(parange));
	write_sysreg(vttbr_el2, (uintptr_t)guest_s2.root |
				(GUEST_VMID << VTTBR_EL2_VMID_SHIFT));
	isb();
	/* No TLB entry for this VMID may survive from an older table:
	 * make the table writes visible, invalidate, wait for it. */
	__asm__ volatile("dsb ishst\n\t"
			 "tlbi vmalls12e1is\n\t"
			 "dsb ish\n\t"
			 "isb" : : : "memory");
	kprintf("hyp: VTCR_EL2 = 0x%08lx (%u-bit IPA, start level 1, %u-bit PA), "
		"VTTBR_EL2 = 0x%016lx\n", read_sysreg(vtcr_el2), S2_IPA_BITS,
		pa_bits[parange], read_sysreg(vttbr_el2));
}

/* HCR_EL2 in the log: its value, and the name of each bit set that this
 * chapter knows. */
static void print_hcr(void)
{
	static const struct {
		unsigned long bit;
		const char *name;
	} names[] = {
		{ HCR_EL2_VM, "VM" },     { HCR_EL2_RW, "RW" },     { HCR_EL2_TSC, "TSC" },
		{ HCR_EL2_TID3, "TID3" }, { HCR_EL2_TWI, "TWI" },   { HCR_EL2_IMO, "IMO" },
		{ HCR_EL2_AMO, "AMO" },   { HCR_EL2_TIDCP, "TIDCP" }, { HCR_EL2_TACR, "TACR" },
		{ HCR_EL2_TSW, "TSW" },   { HCR_EL2_TLOR, "TLOR" }, { HCR_EL2_PTW, "PTW" },
		{ HCR_EL2_FMO, "FMO" },
	};
	unsigned long hcr = read_sysreg(hcr_el2);
	const char *sep = "";

	kprintf("hyp: HCR_EL2 = 0x%08lx (", hcr);
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (hcr & names[i].bit) {
			kprintf("%s%s", sep, names[i].name);
			sep = " ";
		}
	}
	kprintf(")\n");
}

/*
 * boot.S wrote HCR_EL2.E2H = 0. A CPU without FEAT_E2H0 keeps it at 1
 * (it says so in ID_AA64MMFR4_EL1.E2H0, and some older ones only by
 * reading back 1): there every EL1 register name used at EL2 reaches an
 * EL2 register, and this hypervisor, written for E2H = 0, cannot run.
 */
static void check_e2h(void)
{
	unsigned long hcr = read_sysreg(hcr_el2);
	unsigned long mmfr4 = read_sysreg(S3_0_C0_C7_4);    /* ID_AA64MMFR4_EL1 */

	if ((hcr & HCR_EL2_E2H) || (mmfr4 & ID_AA64MMFR4_EL1_E2H0_NEGATIVE)) {
		kprintf("error: HCR_EL2.E2H is fixed at 1 on this CPU (HCR_EL2 "
			"0x%lx, ID_AA64MMFR4_EL1 0x%lx): it runs EL2 only as a "
			"VHE host, and this hypervisor needs E2H = 0\n", hcr, mmfr4);
		power_off();
	}
}

void main(void)
{
	struct guest_layout layout;
	unsigned el;

	uart_init();
	uart_puts("hello hypervisor\n");

	el = current_el();
	kprintf("running at EL%u\n", el);
	if (el != 2) {
		kprintf("error: a hypervisor needs EL2; start QEMU with "
			"-M virt,virtualization=on\n");
		power_off();
	}
	check_e2h();

	/* From here on, exceptions land in our table. */
	write_sysreg(vbar_el2, el2_vectors);
	write_sysreg(sctlr_el2, SCTLR_EL2_VALUE);
	isb();
	kprintf("VBAR_EL2 = 0x%lx\n", read_sysreg(vbar_el2));

	if ((uintptr_t)__hyp_end > GUEST_RAM_PA) {
		kprintf("error: the hypervisor's image (with the guest it "
			"carries) is too big for the memory map in platform.h\n");
		power_off();
	}
	load_guest(&layout);
	stage2_enable();

	/* Interrupts: the physical GIC, with the interrupts the guest owns
	 * routed to us, and the virtual CPU interface the guest will use. */
	if (!gic_init())
		power_off();
	gic_enable_ppi(INTID_CNTV, GIC_PRIORITY_GUEST);
	gic_enable_ppi(INTID_CNTP, GIC_PRIORITY_GUEST);
	gic_enable_ppi(INTID_GIC_MAINT, GIC_PRIORITY_GUEST);
	gic_enable_spi(INTID_UART, GIC_PRIORITY_GUEST);
	vuart_init();
	kprintf("hyp: gic: INTIDs %u, %u (the guest's timers), %u (maintenance), "
		"%u (UART input) routed to EL2\n", INTID_CNTV, INTID_CNTP,
		INTID_GIC_MAINT, INTID_UART);
	vgic_init();

	/* The hang detector: the EL2 physical timer, ours alone, fires every
	 * HANG_CHECK_S whatever the guest does with its own PSTATE.I, so
	 * the hypervisor always gets the CPU back. An OS may run for as long
	 * as it likes; only one that leaves an interrupt unacknowledged
	 * from one check to the next is stopped (traps.c). */
	gic_enable_ppi(INTID_CNTHP, GIC_PRIORITY_WATCHDOG);
	hang_check_arm();
	kprintf("hyp: hang detector: an interrupt left pending for %u s "
		"stops the guest\n", HANG_CHECK_S);

	init_el1_state();
	print_hcr();

#ifdef TEST_PANIC
	/* The panic test: a load from an address where the board has
	 * nothing. The bus reports an external abort, which no handler
	 * expects, so the hypervisor must dump its registers and stop. */
	kprintf("test: loading from 0x%08lx, where nothing is mapped\n",
		UNMAPPED_PA);
	(void)*(volatile uint32_t *)UNMAPPED_PA;
	kprintf("error: the load from 0x%lx did not fault\n", UNMAPPED_PA);
#endif
#ifdef TEST_PANIC_NESTED
	/* The nested panic test: a panic whose frame lies where the board
	 * has nothing, so that dumping it faults inside the panic. */
	panic((const struct trap_frame *)UNMAPPED_PA, "test: a frame nobody can read");
#endif

	/* The guest's first registers, as the arm64 boot protocol wants
	 * them: x0 the device tree's address, x1-x3 (and all others) zero,
	 * PC the kernel's first byte. */
	guest_vcpu.regs.x[0] = layout.dtb;
	guest_vcpu.regs.elr = layout.kernel;
	guest_vcpu.regs.spsr = GUEST_SPSR;
	guest_vcpu.mpidr = read_sysreg(vmpidr_el2);
	guest_vcpu.s2 = &guest_s2;
	kprintf("hyp: entering the guest at IPA 0x%lx (EL1h, DAIF masked)\n",
		guest_vcpu.regs.elr);
	guest_enter(&guest_vcpu);
}
