/*
 * An emulated PL011: enough of it for a driver that programs the line
 * settings, polls UARTFR and writes UARTDR (common/uart.c, for one).
 *
 * Transmit is always ready (UARTFR.TXFE set, TXFF and BUSY clear), there
 * is never anything to receive (RXFE set), and the control registers keep
 * what was written so a driver reads back its own settings. Characters
 * are collected into a line and sent to the real UART at '\n', so the
 * hypervisor's own messages never split one of the guest's lines.
 */
#include <stdbool.h>
#include "platform.h"
#include "print.h"
#include "uart.h"
#include "vuart.h"

#define VUART_SIZE      0x1000          /* one 4 KiB page of registers */
#define LINE_MAX        160

/* Raw interrupt status (UARTRIS) and masked status (UARTMIS): read as 0. */
#define UARTRIS         0x03c
#define UARTMIS         0x040

static struct {
	uint32_t ibrd, fbrd, lcr_h, cr, imsc;
	char line[LINE_MAX];
	unsigned len;
	uint32_t seen;          /* one bit per register: logged its first access */
} vuart;

static void flush_line(void)
{
	for (unsigned i = 0; i < vuart.len; i++)
		uart_putc(vuart.line[i]);
	vuart.len = 0;
}

static const char *reg_name(uint64_t offset)
{
	switch (offset) {
	case UARTDR:    return "UARTDR";
	case UARTFR:    return "UARTFR";
	case UARTIBRD:  return "UARTIBRD";
	case UARTFBRD:  return "UARTFBRD";
	case UARTLCR_H: return "UARTLCR_H";
	case UARTCR:    return "UARTCR";
	case UARTIMSC:  return "UARTIMSC";
	case UARTRIS:   return "UARTRIS";
	case UARTMIS:   return "UARTMIS";
	case UARTICR:   return "UARTICR";
	default:        return 0;
	}
}

/* The first access to each register is logged, to show which ones the
 * driver uses; after that, emulation is silent. Offsets are multiples of
 * 4 below 0x48, so offset / 4 is a bit number below 32. */
static void log_access(uint64_t offset, bool write, uint64_t value)
	__attribute__((noinline, cold));
static inline void log_first(uint64_t offset, bool write, uint64_t value)
{
	if (!(vuart.seen & (1U << (offset / 4))))
		log_access(offset, write, value);
}

static void log_access(uint64_t offset, bool write, uint64_t value)
{
	vuart.seen |= 1U << (offset / 4);
	flush_line();
	kprintf("hyp: vuart: first %s %s (IPA 0x%08lx)%s 0x%lx\n",
		write ? "write to" : "read of", reg_name(offset),
		GUEST_UART_IPA + offset, write ? ":" : " ->", value);
}

static bool vuart_read(uint64_t offset, unsigned size, uint64_t *value)
{
	if (size != 4 || reg_name(offset) == 0)
		return false;
	switch (offset) {
	case UARTFR:    *value = UARTFR_TXFE | UARTFR_RXFE; break;
	case UARTIBRD:  *value = vuart.ibrd; break;
	case UARTFBRD:  *value = vuart.fbrd; break;
	case UARTLCR_H: *value = vuart.lcr_h; break;
	case UARTCR:    *value = vuart.cr; break;
	case UARTIMSC:  *value = vuart.imsc; break;
	default:        *value = 0; break;      /* DR (nothing received), RIS, MIS, ICR */
	}
	log_first(offset, false, *value);
	return true;
}

static bool vuart_write(uint64_t offset, unsigned size, uint64_t value)
{
	if (size != 4 || reg_name(offset) == 0)
		return false;
	log_first(offset, true, value);
	switch (offset) {
	case UARTDR:
		vuart.line[vuart.len++] = (char)value;
		if ((char)value == '\n' || vuart.len == LINE_MAX)
			flush_line();
		break;
	case UARTIBRD:  vuart.ibrd = (uint32_t)value; break;
	case UARTFBRD:  vuart.fbrd = (uint32_t)value; break;
	case UARTLCR_H: vuart.lcr_h = (uint32_t)value; break;
	case UARTCR:    vuart.cr = (uint32_t)value; break;
	case UARTIMSC:  vuart.imsc = (uint32_t)value; break;
	default:        break;  /* FR, RIS, MIS are read-only; ICR: nothing pending */
	}
	return true;
}

const struct mmio_device vuart_device = {
	.name  = "UART",
	.base  = GUEST_UART_IPA,
	.size  = VUART_SIZE,
	.read  = vuart_read,
	.write = vuart_write,
};
