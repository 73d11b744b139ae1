/*
 * Hostile guest: reach for memory the hypervisor did not give it: the
 * physical addresses of its own RAM and of the hypervisor, devices next
 * to the ones it has, the top of the IPA space and beyond. Every access
 * must fault (a data abort injected into the guest) or, where the IPA is
 * the guest's own RAM, show the guest its own memory and nothing else.
 */
#include "hostile.h"

static volatile uintptr_t target;

#define EC_DABT_CUR     0x25    /* data abort, taken without a change of EL */
#define UNTOUCHED       0x5afe5afe5afe5afeUL

/* A 4-byte load into w2, which holds UNTOUCHED before it. */
static void load(void)
{
	__asm__ volatile("mov x2, %0\n\tldr w2, [%1]"
			 : : "r"(UNTOUCHED), "r"(target) : "x2", "memory");
}

static void store(void) { *(volatile uint32_t *)target = 0xbad; }

/* A load from memory the guest was not given must end in a data abort,
 * with its destination register as it was: the hypervisor gives no data
 * at all, not even zeros. */
static void expect_refused_load(const char *what)
{
	if (!attempt(load))
		report(what, false, "no exception: the load went through");
	else if (((fault_esr >> 26) & 0x3f) != EC_DABT_CUR)
		report(what, false, "an exception, but not a data abort");
	else
		report(what, fault_x2 == UNTOUCHED, fault_x2 == UNTOUCHED ?
		       "data abort, its register untouched" :
		       "data abort, but its register was written");
}

static const struct {
	uintptr_t ipa;
	const char *what;
} unmapped[] = {
	{ 0x48000000, "read IPA 0x48000000, just past its RAM, where it really is" },
	{ 0x4ffff000, "read IPA 0x4ffff000, where its RAM's last page really is" },
	{ 0x3ffff000, "read just below its RAM" },
	{ 0x08010000, "read IPA 0x08010000, past the GIC distributor" },
	{ 0x08080000, "read the GIC ITS" },
	{ 0x080c0000, "read a second GIC redistributor" },
	{ 0x09001000, "read the page just past the UART" },
	{ 0x08fff000, "read just below the UART" },
	{ 0x0a000000, "read a virtio transport" },
	{ 0xfffff000, "read the top page of the 4 GiB IPA space" },
	{ 0x100000000, "read beyond the IPA space" },
};

int main(void)
{
	uart_init();
	kprintf("hostile-memory: reaching for memory it was not given\n");

	for (unsigned i = 0; i < sizeof(unmapped) / sizeof(unmapped[0]); i++) {
		target = unmapped[i].ipa;
		expect_refused_load(unmapped[i].what);
	}
	target = 0x48000000;
	expect_fault("write IPA 0x48000000", store);

	/* PA 0x40080000 lies in the hypervisor; IPA 0x40080000 is the
	 * guest's own first instruction, msr daifset, #0xf (a raw image is
	 * loaded 0x80000 into RAM). */
	report("read IPA 0x40080000, where the hypervisor is in PA",
	       *(volatile uint32_t *)0x40080000 == 0xd5034fdf,
	       "its own first instruction");

	/* RAM it never wrote must hold nothing the hypervisor left there. */
	bool zero = true;
	for (uintptr_t a = 0x40100000; a < 0x40200000; a += 8)
		zero = zero && *(volatile uint64_t *)a == 0;
	report("read a MiB of its RAM it was given empty", zero, "all zero");

	check_alive();
	finish("hostile-memory");
}
