/*
 * A small printf for a kernel without a C library.
 *
 * Conversions: %s %c %d %i %u %x %p %%, with an optional 'l' length (long,
 * 64 bits on AArch64), a minimum field width, the '0' flag (pad numbers
 * with zeros: "%016lx") and the '-' flag (pad on the right: "%-12s").
 * %p prints a pointer as 0x followed by 16 hex digits.
 */
#ifndef COMMON_PRINT_H
#define COMMON_PRINT_H

#include <stdarg.h>

/* Where formatted characters go, one at a time. */
typedef void (*putc_fn)(char c);

/* Format into out(); returns the number of characters produced. */
int vformat(putc_fn out, const char *fmt, va_list ap);

/* Format to the console (the PL011); '\n' is sent as "\r\n". */
int kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
