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

/*
 * The registers, one bit each, by offset / 4 (all are 32-bit, 4-byte
 * aligned and below 0x80): which ones exist here, and which of those
 * keep what the driver writes.
 */
#define REG(offset)     (1U << ((offset) / 4))
#define WORD_OFFSETS    0x7cUL          /* 0x00, 0x04, ... 0x7c */
#define VUART_REGS      (REG(UARTDR) | REG(UARTFR) | REG(UARTIBRD) | \
			 REG(UARTFBRD) | REG(UARTLCR_H) | REG(UARTCR) | \
			 REG(UARTIMSC) | REG(UARTRIS) | REG(UARTMIS) | REG(UARTICR))
#define VUART_KEPT      (REG(UARTIBRD) | REG(UARTFBRD) | REG(UARTLCR_H) | \
			 REG(UARTCR) | REG(UARTIMSC))

static struct {
	uint32_t reg[WORD_OFFSETS / 4 + 1];     /* the VUART_KEPT ones */
	char line[LINE_MAX];
	unsigned len;
	uint32_t seen;          /* REG() bits: logged its first access */
} vuart;

static void flush_line(void)
{
	for (unsigned i = 0; i < vuart.len; i++)
		uart_putc(vuart.line[i]);
	vuart.len = 0;
}

/* A character the guest sent: into the line, and the line out at its
 * end. Out of line, so that writes to the other registers stay short. */
static enum mmio_result __attribute__((noinline)) transmit(char c)
{
	vuart.line[vuart.len++] = c;
	if (c == '\n' || vuart.len == LINE_MAX)
		flush_line();
	return MMIO_DONE;
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
	default:        return "?";
	}
}

/* The first access to each register is logged, to show which ones the
 * driver uses; after that, emulation is silent. */
static void __attribute__((noinline, cold))
log_access(uint64_t offset, bool write, uint64_t value)
{
	vuart.seen |= REG(offset);
	flush_line();
	kprintf("hyp: vuart: first %s %s (IPA 0x%08lx)%s 0x%lx\n",
		write ? "write to" : "read of", reg_name(offset),
		GUEST_UART_IPA + offset, write ? ":" : " ->", value);
}

/* A 32-bit access to one of the registers above. */
static bool is_register(uint64_t offset, unsigned size)
{
	return size == 4 && (offset & ~WORD_OFFSETS) == 0 &&
	       (VUART_REGS & REG(offset));
}

static enum mmio_result vuart_read(uint64_t offset, unsigned size, uint64_t *value)
{
	if (!is_register(offset, size))
		return MMIO_UNSUPPORTED;
	if (offset == UARTFR)
		*value = UARTFR_TXFE | UARTFR_RXFE;
	else if (VUART_KEPT & REG(offset))
		*value = vuart.reg[offset / 4];
	else
		*value = 0;     /* DR: nothing received; RIS, MIS: no interrupt */
	if (!(vuart.seen & REG(offset)))
		log_access(offset, false, *value);
	return MMIO_DONE;
}

static enum mmio_result vuart_write(uint64_t offset, unsigned size, uint64_t value);

/* The first write to a register: logged before it takes effect, so that
 * a character it sends comes after the log line. */
static enum mmio_result __attribute__((noinline, cold))
first_write(uint64_t offset, uint64_t value)
{
	log_access(offset, true, value);
	return vuart_write(offset, 4, value);
}

static enum mmio_result vuart_write(uint64_t offset, unsigned size, uint64_t value)
{
	if (!is_register(offset, size))
		return MMIO_UNSUPPORTED;
	if (!(vuart.seen & REG(offset)))
		return first_write(offset, value);
	if (offset == UARTDR)
		return transmit((char)value);
	if (VUART_KEPT & REG(offset))
		vuart.reg[offset / 4] = (uint32_t)value;
	/* FR, RIS and MIS are read-only; ICR: no interrupt is ever pending */
	return MMIO_DONE;
}

const struct mmio_device vuart_device = {
	.name  = "UART",
	.base  = GUEST_UART_IPA,
	.size  = VUART_SIZE,
	.read  = vuart_read,
	.write = vuart_write,
};
