/*
 * Fuzzing the virtual GIC as a whole: any sequence of what its two
 * sides do, the guest's register accesses to the distributor and the
 * redistributor, its acknowledges and EOIs in the list registers, SGIs,
 * and interrupts arriving (timers, the UART's level, maintenance). After
 * every step no INTID may sit in two list registers, and none outside
 * 0-63 in any; the sanitizers watch every array index.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "fake_hw.h"
#include "../vgic.c"

static void check_lrs(void)
{
	for (unsigned n = 0; n < FAKE_LRS; n++) {
		if (LR_STATE(fake_lr[n]) == 0)
			continue;
		if (LR_INTID(fake_lr[n]) >= VGIC_INTIDS)
			__builtin_trap();
		for (unsigned m = n + 1; m < FAKE_LRS; m++)
			if (LR_STATE(fake_lr[m]) != 0 &&
			    LR_INTID(fake_lr[m]) == LR_INTID(fake_lr[n]))
				__builtin_trap();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned sizes[4] = { 1, 2, 4, 8 };

	memset(&vgic, 0, sizeof(vgic));
	vgic.ctlr = GICD_CTLR_ARE;
	vgic.edge = SGIS;
	memset(fake_lr, 0, sizeof(fake_lr));
	/* Each step: what happens, then 11 bytes for it. */
	while (size >= 12) {
		uint64_t value, offset = ((uint64_t)data[1] << 8 | data[2]) * 4 + (data[3] & 7);
		unsigned intid = data[4] % 70, n = data[4] % FAKE_LRS;

		memcpy(&value, data + 4, sizeof(value));
		switch (data[0] % 10) {
		case 0: vgicd_device.read(offset % GICD_SIZE, sizes[data[3] >> 6], &value); break;
		case 1: vgicd_device.write(offset % GICD_SIZE, sizes[data[3] >> 6], value); break;
		case 2: vgicr_device.read(offset % GICR_SIZE, sizes[data[3] >> 6], &value); break;
		case 3: vgicr_device.write(offset % GICR_SIZE, sizes[data[3] >> 6], value); break;
		case 4: vgic_inject_hw(intid); break;
		case 5: vgic_set_level(intid, data[5] & 1); break;
		case 6: vgic_send_sgi(value, data[3] & 1); break;
		case 7: vgic_maintenance(); break;
		case 8: /* the guest acknowledges, or ends, what is in LR n */
			if (LR_STATE(fake_lr[n]) & LR_PENDING)
				fake_lr[n] = (fake_lr[n] & ~ICH_LR_STATE_MASK) | (2UL << 62);
			else
				fake_lr[n] &= ~ICH_LR_STATE_MASK;
			break;
		case 9: vgic_stuck(); break;
		}
		check_lrs();
		data += 12;
		size -= 12;
	}
	return 0;
}
