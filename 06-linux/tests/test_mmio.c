/* Host tests for the data-abort ISS decoder (mmio.c) and the emulated
 * PL011 behind it (vuart.c). */
#include <string.h>
#include "check.h"
#include "fake_hw.h"
#include "../mmio.c"
#include "../vgic.c"
#include "../vuart.c"

static void clear_console(void)
{
	fake_tx_len = 0;
	fake_tx[0] = '\0';
}

/* The ISS of a load or store with a valid syndrome. */
static unsigned long iss(unsigned sas, int sse, unsigned srt, int sf, int write)
{
	return ESR_ISS_DABT_ISV | (unsigned long)sas << 22 |
	       (sse ? ESR_ISS_DABT_SSE : 0) | (unsigned long)srt << 16 |
	       (sf ? ESR_ISS_DABT_SF : 0) | (write ? ESR_ISS_DABT_WNR : 0) |
	       0x05;    /* translation fault, level 1 */
}

static struct vcpu vcpu;

static enum mmio_result access(uint64_t ipa, unsigned long the_iss)
{
	return mmio_emulate(&vcpu, ipa, the_iss, false);
}

/* The same access by a big-endian guest. */
static enum mmio_result access_be(uint64_t ipa, unsigned long the_iss)
{
	return mmio_emulate(&vcpu, ipa, the_iss, true);
}

static void test_endianness(void)
{
	/* Where the guest was decides which bit counts. */
	CHECK(!guest_big_endian(SPSR_EL2_M_EL1H, SCTLR_EL1_E0E));
	CHECK(guest_big_endian(SPSR_EL2_M_EL1H, SCTLR_EL1_EE));
	CHECK(guest_big_endian(SPSR_EL2_M_EL1T, SCTLR_EL1_EE));
	CHECK(!guest_big_endian(SPSR_EL2_M_EL0T, SCTLR_EL1_EE));
	CHECK(guest_big_endian(SPSR_EL2_M_EL0T, SCTLR_EL1_E0E));
	CHECK(!guest_big_endian(PSTATE_M_AARCH32, SCTLR_EL1_EE | SCTLR_EL1_E0E));
	CHECK(guest_big_endian(PSTATE_M_AARCH32 | PSTATE_E, 0));
	/* AArch64's bit 9 is D, not E. */
	CHECK(!guest_big_endian(SPSR_EL2_M_EL1H | PSTATE_D, 0));

	CHECK(bus_swap(0xab, 1) == 0xab);
	CHECK(bus_swap(0x1234, 2) == 0x3412);
	CHECK(bus_swap(0x12345678, 4) == 0x78563412);
	CHECK(bus_swap(0x0102030405060708UL, 8) == 0x0807060504030201UL);

	/* A load: the device's bytes swapped to the access size, then
	 * extended as the instruction asked. */
	CHECK(access_be(PL011_BASE + UARTFR, iss(2, 0, 5, 0, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[5] == 0x90000000UL);
	CHECK(access_be(PL011_BASE + UARTFR, iss(2, 1, 5, 1, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[5] == 0xffffffff90000000UL);  /* LDRSW */
	/* A store: the register's bytes swapped before the device sees
	 * them; read back by a little-endian access. */
	vcpu.regs.x[6] = 0xdeadbeef0d000000UL;
	CHECK(access_be(PL011_BASE + UARTIBRD, iss(2, 0, 6, 0, 1)) == MMIO_DONE);
	CHECK(access(PL011_BASE + UARTIBRD, iss(2, 0, 7, 0, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[7] == 0x0d);
	CHECK(access_be(PL011_BASE + UARTIBRD, iss(2, 0, 7, 0, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[7] == 0x0d000000UL);
}

static void test_cache_maintenance(void)
{
	unsigned long cm = ESR_ISS_DABT_CM | ESR_ISS_DABT_WNR | 0x05;

	/* DC CIVAC on a device: nothing to emulate, nothing refused. */
	vcpu.regs.x[4] = 0x4444;
	CHECK(access(PL011_BASE + UARTDR, cm) == MMIO_DONE);
	CHECK(access_be(PL011_BASE + 0x800, cm) == MMIO_DONE);
	CHECK(vcpu.regs.x[4] == 0x4444);
	/* where there is no device it is still refused */
	CHECK(access(PL011_BASE + 0x1000, cm) == MMIO_NO_DEVICE);
}

int main(void)
{
	struct dabt d;

	/* Decoding, field by field. */
	d = dabt_decode(iss(2, 0, 3, 0, 0));
	CHECK(d.isv && d.size == 4 && !d.sse && d.srt == 3 && !d.sf && !d.write);
	CHECK(d.fsc == 0x05 && !d.s1ptw && !d.ea && !d.cm && !d.ar);
	d = dabt_decode(iss(3, 1, 31, 1, 1));
	CHECK(d.isv && d.size == 8 && d.sse && d.srt == 31 && d.sf && d.write);
	d = dabt_decode(iss(0, 0, 0, 0, 0));
	CHECK(d.size == 1 && d.srt == 0);
	d = dabt_decode(iss(1, 0, 17, 0, 0));
	CHECK(d.size == 2 && d.srt == 17);
	d = dabt_decode(ESR_ISS_DABT_S1PTW | ESR_ISS_DABT_EA | ESR_ISS_DABT_CM |
			ESR_ISS_DABT_AR | 0x0f);
	CHECK(!d.isv && d.s1ptw && d.ea && d.cm && d.ar && d.fsc == 0x0f);
	/* Every bit set: each field at its maximum. */
	d = dabt_decode(0x1ffffffUL);
	CHECK(d.isv && d.size == 8 && d.srt == 31 && d.fsc == 0x3f);

	/* The UART: its flags, by a 32-bit load. */
	CHECK(access(PL011_BASE + UARTFR, iss(2, 0, 5, 0, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[5] == (UARTFR_TXFE | UARTFR_RXFE));

	/* Registers keep what was written; W vs X and sign extension. */
	vcpu.regs.x[7] = 0xffffffff80000301UL;
	CHECK(access(PL011_BASE + UARTCR, iss(2, 0, 7, 0, 1)) == MMIO_DONE);
	vcpu.regs.x[8] = 0x1234;
	CHECK(access(PL011_BASE + UARTCR, iss(2, 0, 8, 1, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[8] == 0x80000301UL);  /* 4 bytes, zero-extended */
	CHECK(access(PL011_BASE + UARTCR, iss(2, 1, 8, 1, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[8] == 0xffffffff80000301UL);  /* LDRSW */
	/* A byte (the redistributor's priority of INTID 27), sign-extended
	 * into a W register (LDRSB Wt): the top half stays 0. */
	vcpu.regs.x[7] = 0x80;
	CHECK(access(GUEST_GICR_IPA + GICR_SGI_BASE + GICR_IPRIORITYR + 27, iss(0, 0, 7, 0, 1)) ==
	      MMIO_DONE);
	CHECK(access(GUEST_GICR_IPA + GICR_SGI_BASE + GICR_IPRIORITYR + 27, iss(0, 1, 8, 0, 0)) ==
	      MMIO_DONE);
	CHECK(vcpu.regs.x[8] == 0xffffff80UL);
	CHECK(access(GUEST_GICR_IPA + GICR_SGI_BASE + GICR_IPRIORITYR + 27, iss(0, 1, 8, 1, 0)) ==
	      MMIO_DONE);
	CHECK(vcpu.regs.x[8] == 0xffffffffffffff80UL);  /* LDRSB Xt */
	/* Loads into XZR change nothing; stores from XZR store 0. */
	CHECK(access(PL011_BASE + UARTIMSC, iss(2, 0, 31, 1, 1)) == MMIO_DONE);
	CHECK(access(PL011_BASE + UARTIMSC, iss(2, 0, 9, 1, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[9] == 0);
	CHECK(access(PL011_BASE + UARTIMSC, iss(2, 0, 31, 1, 0)) == MMIO_DONE);

	/* Output goes out at once, character by character. */
	clear_console();
	const char *text = "ok\r\n";
	for (const char *c = text; *c; c++) {
		vcpu.regs.x[2] = (unsigned long)(unsigned char)*c;
		CHECK(access(PL011_BASE + UARTDR, iss(2, 0, 2, 0, 1)) == MMIO_DONE);
		CHECK(fake_tx_len == (size_t)(c - text + 1));
	}
	CHECK_STR(fake_tx, "ok\r\n");
	/* The widths Linux's driver uses: a byte store, halfword loads. */
	vcpu.regs.x[2] = 'z';
	CHECK(access(PL011_BASE + UARTDR, iss(0, 0, 2, 0, 1)) == MMIO_DONE);
	CHECK_STR(fake_tx, "ok\r\nz");
	CHECK(access(PL011_BASE + UARTFR, iss(1, 0, 4, 0, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[4] == (UARTFR_TXFE | UARTFR_RXFE));
	CHECK(access(PL011_BASE + 0xfe0, iss(2, 0, 4, 1, 0)) == MMIO_DONE);
	CHECK(vcpu.regs.x[4] == 0x11);          /* UARTPeriphID0 */

	/* Refused: 64-bit and unaligned accesses, no syndrome, no device. */
	vcpu.regs.x[4] = 0x4444;
	CHECK(access(PL011_BASE + UARTFR, iss(3, 0, 4, 1, 0)) == MMIO_UNSUPPORTED);
	CHECK(access(PL011_BASE + 0x019, iss(0, 0, 4, 1, 0)) == MMIO_UNSUPPORTED);
	CHECK(access(PL011_BASE + 0x01a, iss(1, 0, 4, 1, 0)) == MMIO_UNSUPPORTED);
	CHECK(access(PL011_BASE + 0xffc, iss(3, 0, 4, 1, 1)) == MMIO_UNSUPPORTED);
	CHECK(access(PL011_BASE + UARTFR, 0x05) == MMIO_NO_SYNDROME);
	CHECK(access(PL011_BASE + 0x1000, iss(2, 0, 4, 1, 0)) == MMIO_NO_DEVICE);
	CHECK(access(PL011_BASE - 4, iss(2, 0, 4, 1, 0)) == MMIO_NO_DEVICE);
	CHECK(access(0, iss(2, 0, 4, 1, 0)) == MMIO_NO_DEVICE);
	CHECK(access(~0UL, iss(2, 0, 4, 1, 0)) == MMIO_NO_DEVICE);
	CHECK(vcpu.regs.x[4] == 0x4444);        /* untouched by any of them */

	test_endianness();
	test_cache_maintenance();
	return check_done();
}
