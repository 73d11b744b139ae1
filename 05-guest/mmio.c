/*
 * Decoding a data abort's ISS, and performing the access it describes on
 * an emulated device.
 */
#include "mmio.h"
#include "vgic.h"
#include "vuart.h"

/* The devices the guest sees without owning them. */
static const struct mmio_device *const devices[] = {
	&vuart_device,
	&vgicd_device,
	&vgicr_device,
};

static const struct mmio_device *find_device(uint64_t ipa)
{
	for (unsigned i = 0; i < sizeof(devices) / sizeof(devices[0]); i++)
		if (ipa >= devices[i]->base && ipa - devices[i]->base < devices[i]->size)
			return devices[i];
	return 0;
}

enum mmio_result mmio_emulate(struct vcpu *vcpu, uint64_t ipa,
			      const struct dabt *d,
			      const struct mmio_device **dev)
{
	const struct mmio_device *device = find_device(ipa);
	uint64_t offset, value;
	/* Bits of the access: masks for the value stored or loaded. */
	uint64_t mask = d->size == 8 ? ~0UL : (1UL << (d->size * 8)) - 1;

	*dev = device;
	if (device == 0)
		return MMIO_NO_DEVICE;
	/* Without a valid syndrome (LDP/STP, or a load/store with writeback)
	 * the hypervisor would have to fetch and decode the instruction. */
	if (!d->isv)
		return MMIO_NO_SYNDROME;
	offset = ipa - device->base;

	if (d->write) {
		value = d->srt == 31 ? 0 : vcpu->regs.x[d->srt] & mask;
		return device->write(offset, d->size, value) ? MMIO_DONE
							      : MMIO_UNSUPPORTED;
	}

	if (!device->read(offset, d->size, &value))
		return MMIO_UNSUPPORTED;
	value &= mask;
	if (d->sse && d->size < 8 && (value & (1UL << (d->size * 8 - 1))))
		value |= ~mask;                 /* LDRSB, LDRSH, LDRSW */
	if (!d->sf)
		value &= 0xffffffffUL;          /* a W register: upper half 0 */
	if (d->srt != 31)
		vcpu->regs.x[d->srt] = value;
	return MMIO_DONE;
}
