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

const struct mmio_device *mmio_find_device(uint64_t ipa)
{
	for (unsigned i = 0; i < sizeof(devices) / sizeof(devices[0]); i++)
		if (ipa >= devices[i]->base && ipa - devices[i]->base < devices[i]->size)
			return devices[i];
	return 0;
}

/* A load: the device's value, sized and extended as the instruction
 * asked, into the guest's register. Out of line: the common accesses
 * are stores (UARTDR), and this path needs more registers. */
static enum mmio_result mmio_load(struct vcpu *vcpu, const struct mmio_device *device,
				  uint64_t offset, unsigned long iss, bool big_endian)
	__attribute__((noinline));
static enum mmio_result mmio_load(struct vcpu *vcpu, const struct mmio_device *device,
				  uint64_t offset, unsigned long iss, bool big_endian)
{
	const struct dabt d = dabt_decode(iss);
	uint64_t mask = ~0UL >> (64 - 8 * d.size);     /* the access's bytes */
	uint64_t value;

	if (device->read(offset, d.size, &value) != MMIO_DONE)
		return MMIO_UNSUPPORTED;
	value &= mask;
	if (big_endian)
		value = bus_swap(value, d.size);
	if (d.sse && d.size < 8 && (value & (1UL << (d.size * 8 - 1))))
		value |= ~mask;                 /* LDRSB, LDRSH, LDRSW */
	if (!d.sf)
		value &= 0xffffffffUL;          /* a W register: upper half 0 */
	if (d.srt != 31)
		vcpu->regs.x[d.srt] = value;
	return MMIO_DONE;
}

enum mmio_result mmio_emulate(struct vcpu *vcpu, uint64_t ipa, unsigned long iss,
			      bool big_endian)
{
	const struct mmio_device *device = mmio_find_device(ipa);
	const struct dabt d = dabt_decode(iss);
	uint64_t value;

	if (device == 0)
		return MMIO_NO_DEVICE;
	/* Without a valid syndrome (LDP/STP, or a load/store with writeback)
	 * the hypervisor would have to fetch and decode the instruction.
	 * Cache maintenance by VA (DC CIVAC, ...; CM = 1, always ISV = 0)
	 * is the exception: it never reaches the device, and on the bus it
	 * does not fault, so there is nothing to do but step over it. */
	if (!d.isv)
		return d.cm ? MMIO_DONE : MMIO_NO_SYNDROME;
	if (!d.write)
		return mmio_load(vcpu, device, ipa - device->base, iss, big_endian);

	/* A store: the low d.size bytes of the guest's register (x31 here
	 * is XZR, which reads as 0), in bus order. */
	value = d.srt == 31 ? 0 : vcpu->regs.x[d.srt];
	value &= ~0UL >> (64 - 8 * d.size);     /* the access's bytes */
	if (big_endian)
		value = bus_swap(value, d.size);
	return device->write(ipa - device->base, d.size, value);
}
