/* Host tests for common/print.c: every conversion, widths, edge values. */
#include <limits.h>
#include <stdarg.h>
#include <string.h>
#include "check.h"
#include "../print.c"

static char buf[256];
static size_t len;

static void to_buf(char c)
{
	if (len < sizeof(buf) - 1)
		buf[len++] = c;
	buf[len] = '\0';
}

static const char *fmt(const char *f, ...)
{
	va_list ap;
	int n;

	len = 0;
	buf[0] = '\0';
	va_start(ap, f);
	n = vformat(to_buf, f, ap);
	va_end(ap);
	CHECK((size_t)n == len);	/* the count matches what was produced */
	return buf;
}

int main(void)
{
	CHECK_STR(fmt("plain text"), "plain text");
	CHECK_STR(fmt(""), "");
	CHECK_STR(fmt("100%%"), "100%");

	CHECK_STR(fmt("%d", 0), "0");
	CHECK_STR(fmt("%d", 42), "42");
	CHECK_STR(fmt("%i", -42), "-42");
	CHECK_STR(fmt("%d", INT_MAX), "2147483647");
	CHECK_STR(fmt("%d", INT_MIN), "-2147483648");
	CHECK_STR(fmt("%ld", LONG_MAX), "9223372036854775807");
	CHECK_STR(fmt("%ld", LONG_MIN), "-9223372036854775808");
	CHECK_STR(fmt("%5d|", -42), "  -42|");
	CHECK_STR(fmt("%05d|", -42), "-0042|");
	CHECK_STR(fmt("%-5d|", 42), "42   |");

	CHECK_STR(fmt("%u", 0U), "0");
	CHECK_STR(fmt("%u", UINT_MAX), "4294967295");
	CHECK_STR(fmt("%lu", ULONG_MAX), "18446744073709551615");
	CHECK_STR(fmt("%3u", 7U), "  7");

	CHECK_STR(fmt("%x", 0U), "0");
	CHECK_STR(fmt("%x", 0xdeadbeefU), "deadbeef");
	CHECK_STR(fmt("%x", UINT_MAX), "ffffffff");
	CHECK_STR(fmt("%08x", 0x1234U), "00001234");
	CHECK_STR(fmt("%2x", 0xabcU), "abc");	/* width is a minimum */
	CHECK_STR(fmt("%lx", 0x123456789abcdef0UL), "123456789abcdef0");
	CHECK_STR(fmt("%016lx", 0x40000000UL), "0000000040000000");
	CHECK_STR(fmt("%lx", ULONG_MAX), "ffffffffffffffff");
	CHECK_STR(fmt("%x", -1), "ffffffff");	/* %x reads an unsigned int */

	CHECK_STR(fmt("%p", (void *)0x40080000UL), "0x0000000040080000");
	CHECK_STR(fmt("%p", (void *)0), "0x0000000000000000");

	CHECK_STR(fmt("%s", "abc"), "abc");
	CHECK_STR(fmt("%s", (char *)0), "(null)");
	CHECK_STR(fmt("[%6s]", "ab"), "[    ab]");
	CHECK_STR(fmt("[%-6s]", "ab"), "[ab    ]");
	CHECK_STR(fmt("[%1s]", "abc"), "[abc]");
	CHECK_STR(fmt("%c%c", 'o', 'k'), "ok");
	CHECK_STR(fmt("[%3c]", 'x'), "[  x]");
	CHECK_STR(fmt("[%-3c]", 'x'), "[x  ]");

	CHECK_STR(fmt("EL%u at %p: %s=%08x%%",
		      2U, (void *)0x1000, "esr", 0x96000021U),
		  "EL2 at 0x0000000000001000: esr=96000021%");

	/* Mistakes show up on the console instead of vanishing. */
	CHECK_STR(fmt("%q"), "%q");
	CHECK_STR(fmt("end%"), "end%");

	return check_done();
}
