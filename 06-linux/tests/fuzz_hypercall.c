/*
 * Fuzzing the hypercall dispatcher with any function ID and arguments.
 * Guest memory is a host buffer mapped at IPA 0x40000000 through a real
 * stage-2 table: a console write that reads outside it is caught by
 * AddressSanitizer. Only x0 may change (x0-x3 for the UID call). PSCI
 * calls name the vCPU's MPIDR, taken from the input too: an answer is a
 * PSCI return value.
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "../../common/print.c"
#include "../hypercall.c"
#include "../stage2.c"

static jmp_buf off;
void uart_putc(char c) { (void)c; }
static void discard(char c) { (void)c; }
int kprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vformat(discard, fmt, ap);
	va_end(ap);
	return n;
}
void power_off(void) { longjmp(off, 1); }
bool guest_report_allowed(void) { return true; }
unsigned long guest_reports(void) { return 0; }
void dcache_clean_line(uint64_t pa) { (void)pa; }
unsigned long vgic_delivered(void) { return 0; }

static s2_table_t pool[8] __attribute__((aligned(S2_PAGE_SIZE)));
static char memory[2][S2_PAGE_SIZE] __attribute__((aligned(S2_PAGE_SIZE)));
static struct stage2 s2;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	struct vcpu vcpu;
	unsigned long x[3], mpidr = 0x80000000;
	enum psci_effect effect;
	long ret;

	if (!ready) {
		if (!s2_init(&s2, pool, 8, 48) ||
		    s2_map(&s2, 0x40000000, (uintptr_t)memory[0], S2_PAGE_SIZE,
			   S2_READ | S2_WRITE) != 0 ||
		    s2_map(&s2, 0x09000000, (uintptr_t)memory[1], S2_PAGE_SIZE,
			   S2_READ | S2_WRITE | S2_DEVICE) != 0)
			__builtin_trap();
		ready = true;
	}
	if (size < sizeof(x))
		return 0;
	memcpy(x, data, sizeof(x));
	/* Half the time, aim the address at guest memory and the ID at a
	 * known call, so the interesting paths are reached often; a quarter
	 * of the time, at a PSCI or SMCCC architecture call. */
	if (size > sizeof(x) && (data[sizeof(x)] & 1)) {
		x[0] = 0xc6000000 | (x[0] & 3);
		x[1] = 0x40000000 + (x[1] & 0x1fff);
		x[2] &= 0x1ff;
	} else if (size > sizeof(x) && (data[sizeof(x)] & 2)) {
		x[0] = (x[0] & 0x4000001f) | 0x84000000;
		if (data[sizeof(x)] & 4)
			x[0] = 0x80000000 | (x[0] & 1);
	}
	if (size >= sizeof(x) + 1 + sizeof(mpidr))
		memcpy(&mpidr, data + sizeof(x) + 1, sizeof(mpidr));
	ret = psci_answer((uint32_t)x[0], x[1], x[2], mpidr, &effect);
	if ((ret < -4 || ret > 2) && ret != (long)PSCI_VERSION_1_1)
		__builtin_trap();               /* not an answer PSCI has */
	if (effect != PSCI_RUNS_ON && (uint32_t)x[0] != PSCI_SYSTEM_OFF &&
	    (uint32_t)x[0] != PSCI_SYSTEM_RESET && (uint32_t)x[0] != PSCI_CPU_OFF)
		__builtin_trap();               /* the machine stopped for nothing */
	memset(&vcpu, 0, sizeof(vcpu));
	memcpy(vcpu.regs.x, x, sizeof(x));
	vcpu.regs.x[3] = 0x3333;
	vcpu.mpidr = mpidr;
	vcpu.s2 = &s2;
	vcpu.regs.esr = (unsigned long)ESR_EC_HVC64 << ESR_EL2_EC_SHIFT;
	if (setjmp(off) == 0)
		hypercall(&vcpu);
	if ((uint32_t)x[0] == HYP_CALL_UID) {   /* the UUID in w0-w3 */
		if (vcpu.regs.x[0] != HYP_UID_W0 || vcpu.regs.x[1] != HYP_UID_W1 ||
		    vcpu.regs.x[2] != HYP_UID_W2 || vcpu.regs.x[3] != HYP_UID_W3)
			__builtin_trap();
	} else if (vcpu.regs.x[1] != x[1] || vcpu.regs.x[2] != x[2] ||
		   vcpu.regs.x[3] != 0x3333) {
		__builtin_trap();
	}
	return 0;
}
