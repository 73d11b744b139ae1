/*
 * Fuzzing the data-abort ISS decoder and the MMIO emulator (the emulated
 * UART and GIC) with any syndrome, any IPA near the devices and any register
 * contents a guest can produce. libFuzzer drives it; the sanitizers catch
 * out-of-bounds accesses (a register index past x30, a priority byte past
 * INTID 63) and undefined behaviour (shifts by the access size).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "fake_hw.h"
#include "../mmio.c"
#include "../vgic.c"
#include "../vuart.c"

/* The IPAs worth trying: each device's window and its edges. */
static const uint64_t bases[] = {
	0x09000000, 0x08000000, 0x080a0000, 0x080b0000, 0x080c0000,
	0x08ff0000, 0x09001000, 0x40000000, 0, ~0UL - 0xfff,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vcpu vcpu;

	memset(&vcpu, 0, sizeof(vcpu));
	/* Each access takes 16 bytes: where (data[3] bit 2: a big-endian
	 * guest), the syndrome, a value. */
	while (size >= 16) {
		uint64_t base = bases[data[0] % (sizeof(bases) / sizeof(bases[0]))];
		uint64_t offset = (uint64_t)data[1] << 8 | data[2];
		uint32_t iss;
		uint64_t value;

		memcpy(&iss, data + 4, sizeof(iss));
		memcpy(&value, data + 8, sizeof(value));
		struct dabt d = dabt_decode(iss & 0x1ffffff);
		if (d.srt < 31)
			vcpu.regs.x[d.srt] = value;
		unsigned long before[31];
		memcpy(before, vcpu.regs.x, sizeof(before));

		enum mmio_result r = mmio_emulate(&vcpu, base + offset * 4 + (data[3] & 3),
						  iss & 0x1ffffff, data[3] & 4);
		if (r > MMIO_UNSUPPORTED)
			__builtin_trap();
		/* Only a load that was emulated may change a register, and
		 * only its own. */
		for (unsigned i = 0; i < 31; i++)
			if (vcpu.regs.x[i] != before[i] &&
			    !(r == MMIO_DONE && !d.write && i == d.srt))
				__builtin_trap();
		data += 16;
		size -= 16;
	}
	return 0;
}
