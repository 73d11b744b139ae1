/*
 * The formatter behind kprintf(). It touches no hardware, so the host unit
 * tests in common/tests/ compile this very file and check its output.
 */
#include <stdbool.h>
#include "print.h"

struct spec {
	bool zero_pad;
	bool left;
	unsigned width;
};

static int pad(putc_fn out, char c, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		out(c);
	return (int)n;
}

static int emit_str(putc_fn out, const char *s, const struct spec *sp)
{
	unsigned len = 0;
	int n = 0;

	if (s == 0)
		s = "(null)";
	while (s[len] != '\0')
		len++;
	if (!sp->left && sp->width > len)
		n += pad(out, ' ', sp->width - len);
	for (unsigned i = 0; i < len; i++)
		out(s[i]);
	n += (int)len;
	if (sp->left && sp->width > len)
		n += pad(out, ' ', sp->width - len);
	return n;
}

/* An unsigned number in base 10 or 16, with an optional '-' in front. */
static int emit_num(putc_fn out, unsigned long v, unsigned base, bool neg,
		    const struct spec *sp)
{
	char digits[20];		/* 2^64 - 1 has 20 decimal digits */
	unsigned len = 0, total;
	int n = 0;

	do {
		digits[len++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v != 0);

	total = len + (neg ? 1 : 0);
	if (sp->width > total && !sp->left && !sp->zero_pad)
		n += pad(out, ' ', sp->width - total);
	if (neg) {
		out('-');
		n++;
	}
	if (sp->width > total && !sp->left && sp->zero_pad)
		n += pad(out, '0', sp->width - total);
	while (len > 0) {
		out(digits[--len]);
		n++;
	}
	if (sp->width > total && sp->left)
		n += pad(out, ' ', sp->width - total);
	return n;
}

int vformat(putc_fn out, const char *fmt, va_list ap)
{
	int n = 0;

	for (; *fmt != '\0'; fmt++) {
		struct spec sp = { false, false, 0 };
		bool is_long = false;

		if (*fmt != '%') {
			out(*fmt);
			n++;
			continue;
		}
		fmt++;
		for (;; fmt++) {
			if (*fmt == '0')
				sp.zero_pad = true;
			else if (*fmt == '-')
				sp.left = true;
			else
				break;
		}
		while (*fmt >= '0' && *fmt <= '9')
			sp.width = sp.width * 10 + (unsigned)(*fmt++ - '0');
		if (*fmt == 'l') {
			is_long = true;
			fmt++;
		}

		switch (*fmt) {
		case 'd':
		case 'i': {
			long v = is_long ? va_arg(ap, long) : va_arg(ap, int);
			/* Negate in unsigned arithmetic: -LONG_MIN overflows. */
			unsigned long mag = v < 0 ? 0UL - (unsigned long)v
						  : (unsigned long)v;
			n += emit_num(out, mag, 10, v < 0, &sp);
			break;
		}
		case 'u':
		case 'x': {
			unsigned long v = is_long ? va_arg(ap, unsigned long)
						  : va_arg(ap, unsigned int);
			n += emit_num(out, v, *fmt == 'u' ? 10 : 16, false, &sp);
			break;
		}
		case 'p': {
			struct spec ps = { true, false, 16 };
			out('0');
			out('x');
			n += 2 + emit_num(out, (unsigned long)va_arg(ap, void *),
					  16, false, &ps);
			break;
		}
		case 's':
			n += emit_str(out, va_arg(ap, const char *), &sp);
			break;
		case 'c': {
			unsigned padding = sp.width > 1 ? sp.width - 1 : 0;
			if (!sp.left)
				n += pad(out, ' ', padding);
			out((char)va_arg(ap, int));
			n++;
			if (sp.left)
				n += pad(out, ' ', padding);
			break;
		}
		case '%':
			out('%');
			n++;
			break;
		case '\0':
			/* A lone '%' ends the string: print it, then stop. */
			out('%');
			return n + 1;
		default:
			/* Unknown conversion: show it as written, so the
			 * mistake is visible on the console. */
			out('%');
			out(*fmt);
			n += 2;
			break;
		}
	}
	return n;
}
