/*
 * The PSCI test: every PSCI and SMCCC architecture call, with the answer
 * PSCI 1.1 (Arm DEN 0022) and SMCCC 1.1 (Arm DEN 0028) want from a
 * machine with one CPU. Then a million PSCI_VERSION calls, as legitimate
 * as the first: the hypervisor logs the first and counts the rest. Then
 * CPU_OFF of the only CPU, which stops the machine. (hostile.h provides
 * the runtime: vectors, hvc() and smc().)
 */
#include "hostile.h"

#define PSCI_VERSION            0x84000000UL
#define PSCI_CPU_SUSPEND        0x84000001UL
#define PSCI_CPU_SUSPEND_64     0xc4000001UL
#define PSCI_CPU_OFF            0x84000002UL
#define PSCI_CPU_ON             0x84000003UL
#define PSCI_CPU_ON_64          0xc4000003UL
#define PSCI_AFFINITY_INFO      0x84000004UL
#define PSCI_AFFINITY_INFO_64   0xc4000004UL
#define PSCI_MIGRATE            0x84000005UL
#define PSCI_MIGRATE_INFO_TYPE  0x84000006UL
#define PSCI_SYSTEM_RESET       0x84000009UL
#define PSCI_FEATURES           0x8400000aUL
#define PSCI_SYSTEM_SUSPEND_64  0xc400000eUL
#define SMCCC_VERSION           0x80000000UL
#define SMCCC_ARCH_FEATURES     0x80000001UL
#define SMCCC_ARCH_WORKAROUND_1 0x80008000UL
#define SMCCC_ARCH_WORKAROUND_2 0x80007fffUL
#define SMCCC_ARCH_WORKAROUND_3 0x80003fffUL
#define PSCI_VERSION_1_1        0x10001UL
#define SMCCC_VERSION_1_1       0x10001UL
#define SMCCC_RET_SUCCESS       0L
#define SMCCC_RET_NOT_SUPPORTED (-1L)
#define PSCI_RET_SUCCESS        0L
#define PSCI_RET_NOT_SUPPORTED  (-1L)
#define PSCI_RET_INVALID_PARAMETERS (-2L)
#define PSCI_RET_ALREADY_ON     (-4L)
#define PSCI_AFFINITY_ON        0L
#define PSCI_TOS_NOT_PRESENT    2L
#define MPIDR_EL1_AFF012_MASK   0xffffffUL
#define POWERDOWN               (1UL << 16)   /* power_state.StateType */
#define PSCI_CALLS              1000000

static unsigned checks, passed;

/* What the guest's CPU is called: MPIDR_EL1 (VMPIDR_EL2, set by EL2). */
static unsigned long read_mpidr(void)
{
	unsigned long m;

	__asm__ volatile("mrs %0, mpidr_el1" : "=r"(m));
	return m;
}

static void check(const char *what, unsigned long fn, unsigned long a1,
		  unsigned long a2, long want)
{
	long got = (long)hvc(fn, a1, a2);

	checks++;
	if (got == want)
		passed++;
	else
		kprintf("guest: error: %s returned %ld, not %ld\n", what, got, want);
}

int main(void)
{
	static const unsigned long known[] = {
		PSCI_VERSION, PSCI_CPU_SUSPEND, PSCI_CPU_SUSPEND_64, PSCI_CPU_OFF,
		PSCI_CPU_ON, PSCI_CPU_ON_64, PSCI_AFFINITY_INFO,
		PSCI_AFFINITY_INFO_64, PSCI_MIGRATE_INFO_TYPE, PSCI_SYSTEM_OFF,
		PSCI_SYSTEM_RESET, PSCI_FEATURES, SMCCC_VERSION,
	};
	static const unsigned long unknown[] = {
		PSCI_MIGRATE, PSCI_SYSTEM_SUSPEND_64, SMCCC_ARCH_FEATURES,
		HYP_VERSION, 0x8400001fUL,
	};
	unsigned long me = read_mpidr() & MPIDR_EL1_AFF012_MASK;
	unsigned long n, ok = 0;

	uart_init();

	check("PSCI_VERSION", PSCI_VERSION, 0, 0, (long)PSCI_VERSION_1_1);
	check("SMCCC_VERSION", SMCCC_VERSION, 0, 0, (long)SMCCC_VERSION_1_1);
	for (unsigned i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		check("PSCI_FEATURES of a call it has", PSCI_FEATURES, known[i], 0,
		      PSCI_RET_SUCCESS);
	for (unsigned i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
		check("PSCI_FEATURES of a call it lacks", PSCI_FEATURES, unknown[i],
		      0, PSCI_RET_NOT_SUPPORTED);
	check("SMCCC_ARCH_FEATURES(SMCCC_VERSION)", SMCCC_ARCH_FEATURES,
	      SMCCC_VERSION, 0, SMCCC_RET_SUCCESS);
	check("SMCCC_ARCH_FEATURES(SMCCC_ARCH_FEATURES)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_FEATURES, 0, SMCCC_RET_SUCCESS);
	check("SMCCC_ARCH_FEATURES(WORKAROUND_1)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_WORKAROUND_1, 0, SMCCC_RET_NOT_SUPPORTED);
	check("SMCCC_ARCH_FEATURES(WORKAROUND_2)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_WORKAROUND_2, 0, SMCCC_RET_NOT_SUPPORTED);
	check("SMCCC_ARCH_FEATURES(WORKAROUND_3)", SMCCC_ARCH_FEATURES,
	      SMCCC_ARCH_WORKAROUND_3, 0, SMCCC_RET_NOT_SUPPORTED);
	check("CPU_SUSPEND, standby", PSCI_CPU_SUSPEND, 0, 0, PSCI_RET_SUCCESS);
	check("CPU_SUSPEND64, powerdown", PSCI_CPU_SUSPEND_64, POWERDOWN, 0,
	      PSCI_RET_SUCCESS);
	check("CPU_SUSPEND, reserved bit set", PSCI_CPU_SUSPEND, 1UL << 31, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("CPU_ON of itself", PSCI_CPU_ON, me, 0, PSCI_RET_ALREADY_ON);
	check("CPU_ON64 of itself", PSCI_CPU_ON_64, me, 0, PSCI_RET_ALREADY_ON);
	check("CPU_ON of another CPU", PSCI_CPU_ON, me ^ 1, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("CPU_ON64 of Aff3 1", PSCI_CPU_ON_64, me | 1UL << 32, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("AFFINITY_INFO of itself", PSCI_AFFINITY_INFO, me, 0, PSCI_AFFINITY_ON);
	check("AFFINITY_INFO64 of itself", PSCI_AFFINITY_INFO_64, me, 0,
	      PSCI_AFFINITY_ON);
	check("AFFINITY_INFO of another CPU", PSCI_AFFINITY_INFO, me ^ 1, 0,
	      PSCI_RET_INVALID_PARAMETERS);
	check("AFFINITY_INFO at level 1", PSCI_AFFINITY_INFO, me, 1,
	      PSCI_RET_INVALID_PARAMETERS);
	check("MIGRATE_INFO_TYPE", PSCI_MIGRATE_INFO_TYPE, 0, 0, PSCI_TOS_NOT_PRESENT);
	check("MIGRATE (optional, not there)", PSCI_MIGRATE, me, 0,
	      PSCI_RET_NOT_SUPPORTED);
	checks++;
	if (smc(PSCI_VERSION) == PSCI_VERSION_1_1)
		passed++;
	kprintf("guest: PSCI: %u of %u calls answered as PSCI 1.1 and SMCCC 1.1 "
		"say\n", passed, checks);

	for (n = 0; n < PSCI_CALLS; n++)
		ok += hvc(PSCI_VERSION, 0, 0) == PSCI_VERSION_1_1;
	kprintf("guest: %lu of %u PSCI_VERSION calls answered\n", ok, PSCI_CALLS);
	kprintf("guest: turning the only CPU off (PSCI CPU_OFF)\n");
	hvc(PSCI_CPU_OFF, 0, 0);
	kprintf("guest: error: still running after CPU_OFF\n");
	for (;;)
		;
}
