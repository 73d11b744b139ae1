/*
 * The launcher's logic that needs no KVM (see vmm.h). Everything here
 * is fed by the guest, through KVM's exits, so it checks what it gets.
 */
#define _POSIX_C_SOURCE 200809L   /* strtok_r */
#include <stdlib.h>
#include <string.h>
#include "layout.h"
#include "vmm.h"

/* The PL011 registers the guest's driver (common/uart.c) touches. */
#define UARTDR          0x000
#define UARTFR          0x018
#define UARTFR_TXFE     (1U << 7)       /* transmit FIFO empty: never busy */

int parse_args(int argc, char **argv, struct options *o, char *err, size_t errlen)
{
	o->image = NULL;
	o->perf = true;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--no-perf") == 0) {
			o->perf = false;
		} else if (argv[i][0] == '-') {
			snprintf(err, errlen, "unknown option '%s'", argv[i]);
			return -1;
		} else if (o->image != NULL) {
			snprintf(err, errlen, "one guest image only ('%s' and '%s')",
				 o->image, argv[i]);
			return -1;
		} else {
			o->image = argv[i];
		}
	}
	if (o->image == NULL) {
		snprintf(err, errlen, "no guest image given");
		return -1;
	}
	return 0;
}

int mmio_decode(uint64_t phys_addr, const uint8_t data[8], uint32_t len,
		uint8_t is_write, struct mmio_access *a)
{
	if (len != 1 && len != 2 && len != 4 && len != 8)
		return -1;
	a->addr = phys_addr;
	a->len = len;
	a->write = is_write != 0;
	a->value = 0;
	if (a->write)
		for (unsigned i = 0; i < len; i++)
			a->value |= (uint64_t)data[i] << (8 * i);
	return 0;
}

void mmio_complete_read(uint8_t data[8], unsigned len, uint64_t value)
{
	for (unsigned i = 0; i < 8; i++)
		data[i] = i < len ? (uint8_t)(value >> (8 * i)) : 0;
}

enum device device_at(uint64_t addr, uint64_t *offset)
{
	if (addr >= UART_BASE && addr - UART_BASE < UART_SIZE) {
		*offset = addr - UART_BASE;
		return DEV_UART;
	}
	if (addr >= BENCH_BASE && addr - BENCH_BASE < BENCH_SIZE) {
		*offset = addr - BENCH_BASE;
		return DEV_BENCH;
	}
	return DEV_NONE;
}

static void uart_flush(struct uart *u)
{
	u->line[u->len] = '\0';
	u->line_done(u->ctx, u->line);
	u->len = 0;
}

uint64_t uart_access(struct uart *u, uint64_t offset, const struct mmio_access *a)
{
	if (!a->write)
		return offset == UARTFR ? UARTFR_TXFE : 0;
	if (offset != UARTDR)
		return 0;               /* line settings, masks: nothing to do */
	char c = (char)(a->value & 0xff);
	if (c == '\r')
		return 0;
	if (c == '\n') {
		uart_flush(u);
		return 0;
	}
	u->line[u->len++] = c;
	if (u->len == UART_LINE_MAX)
		uart_flush(u);
	return 0;
}

void counts_to_levels(const int64_t c[CNT_N], int64_t level[LV_N])
{
	level[LV_USER] = c[CNT_USER];
	level[LV_KERNEL] = c[CNT_HOST];
	level[LV_GUEST] = c[CNT_KERNEL] - c[CNT_HOST];
	level[LV_HYP] = c[CNT_ALL] - c[CNT_USER] - c[CNT_KERNEL];
}

int bench_mark(struct bench *b, uint32_t what, const struct counts *now)
{
	if (what == MARK_START) {
		if (b->in_mark)
			return -1;
		b->in_mark = true;
		if (now != NULL)
			b->start = *now;
		return 0;
	}
	if ((what != MARK_ONE && what != MARK_MANY) || !b->in_mark)
		return -1;
	b->in_mark = false;
	enum run_kind k = what == MARK_ONE ? RUN_ONE : RUN_MANY;
	struct counts d;
	for (int i = 0; i < CNT_N; i++)
		d.v[i] = now != NULL ? now->v[i] - b->start.v[i] : 0;
	if (b->runs[k]++ == 0 || d.v[CNT_ALL] < b->best[k].v[CNT_ALL])
		b->best[k] = d;
	b->have_perf = now != NULL;
	return 0;
}

/* num / den rounded to the nearest, den > 0. */
static int64_t div_round(int64_t num, int64_t den)
{
	return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

static struct bench_row *new_row(struct bench *b, const char *key, unsigned long n)
{
	if (b->nrows == BENCH_ROWS)
		return NULL;
	struct bench_row *r = &b->rows[b->nrows++];
	memset(r, 0, sizeof(*r));
	strcpy(r->key, key);
	r->n = n;
	return r;
}

/* A decimal number that fits in 62 bits (so sums and products of a few
 * stay in range); -1 otherwise. */
static int64_t number(const char *s)
{
	if (*s < '0' || *s > '9')
		return -1;
	int64_t v = 0;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || v > (INT64_C(1) << 58) / 10)
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

int bench_line(struct bench *b, const char *line, char *err, size_t errlen)
{
	static const char prefix[] = "bench: ";
	char buf[UART_LINE_MAX + 1], *word[4], *save = NULL;
	int n = 0;

	if (strncmp(line, prefix, sizeof(prefix) - 1) != 0)
		return 1;
	snprintf(buf, sizeof(buf), "%s", line + sizeof(prefix) - 1);
	for (char *w = strtok_r(buf, " ", &save); w != NULL; w = strtok_r(NULL, " ", &save)) {
		if (n == 4) {
			snprintf(err, errlen, "too many fields in '%s'", line);
			return -1;
		}
		word[n++] = w;
	}
	if (n < 4 || strlen(word[0]) >= BENCH_KEY_MAX) {
		snprintf(err, errlen, "malformed bench line '%s'", line);
		return -1;
	}
	const char *key = word[0];
	bool single = strcmp(word[1], "=") == 0;   /* KEY = N TICKS */
	/* KEY N ONE MANY, or KEY = N TICKS: TICKS is then "many". */
	int64_t cnt = number(word[single ? 2 : 1]);
	int64_t one = single ? 0 : number(word[2]);
	int64_t many = number(word[3]);
	if (cnt <= 0 || one < 0 || many < 0) {
		snprintf(err, errlen, "bad number in '%s'", line);
		return -1;
	}
	if (b->runs[RUN_MANY] == 0 || b->runs[RUN_ONE] == 0) {
		snprintf(err, errlen, "'%s' without its marked runs", line);
		return -1;
	}
	struct counts one_c = b->best[RUN_ONE], many_c = b->best[RUN_MANY];
	b->runs[RUN_ONE] = b->runs[RUN_MANY] = 0;

	int64_t d[CNT_N];
	if (!single && strcmp(key, "empty") == 0) {
		b->empty_ticks = (uint64_t)(many - one);
		for (int i = 0; i < CNT_N; i++)
			b->empty[i] = (int64_t)(many_c.v[i] - one_c.v[i]);
		b->have_empty = true;
		return 0;
	}
	if (!b->have_empty) {
		snprintf(err, errlen, "'%s' before the empty loop's line", line);
		return -1;
	}
	struct bench_row *r = new_row(b, key, (unsigned long)cnt);
	if (r == NULL) {
		snprintf(err, errlen, "more than %d bench lines", BENCH_ROWS);
		return -1;
	}
	/* Hundredths of an instruction per operation. The counters: the
	 * N + 1 run less the single one, so a run's own overhead (the marks,
	 * the warm-up, the loop) cancels out. */
	for (int i = 0; i < CNT_N; i++)
		d[i] = (int64_t)(many_c.v[i] - one_c.v[i]);
	if (single) {
		/* The guest timed each of the N events itself. It spins while
		 * it waits: its own level says nothing about the event. */
		r->total = div_round(many * INSNS_PER_TICK * 100, cnt);
	} else {
		/* Less the same for the empty loop: its subs and b.ne. */
		r->total = div_round((many - one - (int64_t)b->empty_ticks) *
				     INSNS_PER_TICK * 100, cnt);
		for (int i = 0; i < CNT_N; i++)
			d[i] -= b->empty[i];
		r->has_guest = true;
	}
	r->has_levels = b->have_perf;
	if (r->has_levels) {
		counts_to_levels(d, r->level);
		for (int i = 0; i < LV_N; i++)
			r->level[i] = div_round(r->level[i] * 100, cnt);
	}
	return 0;
}

static void print_hundredths(FILE *out, int64_t v)
{
	fprintf(out, " %s%lld.%02lld", v < 0 ? "-" : "",
		(long long)(llabs(v) / 100), (long long)(llabs(v) % 100));
}

void bench_print(const struct bench *b, FILE *out)
{
	for (unsigned i = 0; i < b->nrows; i++) {
		const struct bench_row *r = &b->rows[i];
		fprintf(out, "kvm %s %lu", r->key, r->n);
		print_hundredths(out, r->total);
		for (int l = 0; l < LV_N; l++) {
			if (r->has_levels && (l != LV_GUEST || r->has_guest))
				print_hundredths(out, r->level[l]);
			else
				fputs(" -", out);
		}
		fputc('\n', out);
	}
}
