/* Host tests for the launcher's logic (vmm.c): the command line, MMIO
 * exit decoding, the UART's lines, and the bench arithmetic. */
#define _POSIX_C_SOURCE 200809L   /* fmemopen, and vmm.c's strtok_r */
#include <stdarg.h>
#include <string.h>
#include "check.h"
#include "../vmm.c"

static char err[256];

static int args(struct options *o, int argc, ...)
{
	char *argv[8];
	va_list ap;

	va_start(ap, argc);
	argv[0] = "launcher";
	for (int i = 1; i < argc; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	err[0] = '\0';
	return parse_args(argc, argv, o, err, sizeof(err));
}

static void test_args(void)
{
	struct options o;

	CHECK(args(&o, 2, "g.bin") == 0);
	CHECK_STR(o.image, "g.bin");
	CHECK(o.perf);
	CHECK(args(&o, 3, "--no-perf", "g.bin") == 0);
	CHECK(!o.perf);
	CHECK(args(&o, 1) == -1);
	CHECK_STR(err, "no guest image given");
	CHECK(args(&o, 3, "a.bin", "b.bin") == -1);
	CHECK_STR(err, "one guest image only ('a.bin' and 'b.bin')");
	CHECK(args(&o, 3, "--perf", "g.bin") == -1);
	CHECK_STR(err, "unknown option '--perf'");
}

static void test_mmio(void)
{
	const uint8_t data[8] = { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88 };
	struct mmio_access a;
	uint8_t out[8];

	CHECK(mmio_decode(0x09000000, data, 4, 1, &a) == 0);
	CHECK(a.write && a.len == 4 && a.addr == 0x09000000);
	CHECK(a.value == 0x44332211);           /* little-endian, 4 bytes only */
	CHECK(mmio_decode(0x09000000, data, 1, 1, &a) == 0 && a.value == 0x11);
	CHECK(mmio_decode(0x09000000, data, 8, 1, &a) == 0 &&
	      a.value == 0x8877665544332211ULL);
	CHECK(mmio_decode(0x09000000, data, 2, 0, &a) == 0 && !a.write && a.value == 0);
	CHECK(mmio_decode(0x09000000, data, 3, 1, &a) == -1);
	CHECK(mmio_decode(0x09000000, data, 16, 0, &a) == -1);
	CHECK(mmio_decode(0x09000000, data, 0, 0, &a) == -1);

	memset(out, 0xaa, sizeof(out));
	mmio_complete_read(out, 2, 0x12345678);
	CHECK(out[0] == 0x78 && out[1] == 0x56 && out[2] == 0 && out[7] == 0);

	uint64_t off = 99;
	CHECK(device_at(UART_BASE, &off) == DEV_UART && off == 0);
	CHECK(device_at(UART_BASE + UART_SIZE - 1, &off) == DEV_UART && off == UART_SIZE - 1);
	CHECK(device_at(UART_BASE + UART_SIZE, &off) == DEV_NONE);
	CHECK(device_at(UART_BASE - 1, &off) == DEV_NONE);
	CHECK(device_at(BENCH_BASE + 4, &off) == DEV_BENCH && off == 4);
	CHECK(device_at(UNMAPPED_IPA, &off) == DEV_NONE);
	CHECK(device_at(GICD_BASE, &off) == DEV_NONE);  /* the kernel's, not ours */
}

static char lines[4][UART_LINE_MAX + 1];
static int nlines;

static void got_line(void *ctx, const char *line)
{
	(void)ctx;
	if (nlines < 4)
		strcpy(lines[nlines], line);
	nlines++;
}

static void put(struct uart *u, uint64_t offset, uint64_t v)
{
	struct mmio_access a = { .addr = UART_BASE + offset, .value = v, .len = 4, .write = true };
	uart_access(u, offset, &a);
}

static void test_uart(void)
{
	struct uart u = { .line_done = got_line };
	struct mmio_access rd = { .len = 4 };

	CHECK(uart_access(&u, UARTFR, &rd) == UARTFR_TXFE);     /* never full */
	CHECK(uart_access(&u, UARTDR, &rd) == 0);
	for (const char *s = "hi\r\n"; *s; s++)
		put(&u, UARTDR, (uint64_t)(unsigned char)*s);
	CHECK(nlines == 1);
	CHECK_STR(lines[0], "hi");
	put(&u, 0x038, 'x');                    /* UARTIMSC: ignored */
	put(&u, UARTDR, 0x141);                                 /* only the low byte */
	put(&u, UARTDR, '\n');
	CHECK(nlines == 2);
	CHECK_STR(lines[1], "A");
	for (int i = 0; i < UART_LINE_MAX + 1; i++)
		put(&u, UARTDR, 'z');
	CHECK(nlines == 3 && strlen(lines[2]) == UART_LINE_MAX); /* split, not lost */
	put(&u, UARTDR, '\n');
	CHECK(nlines == 4);
	CHECK_STR(lines[3], "z");
}

static struct counts cnt(uint64_t user, uint64_t kernel, uint64_t host, uint64_t all)
{
	struct counts c = { { [CNT_USER] = user, [CNT_KERNEL] = kernel,
			      [CNT_HOST] = host, [CNT_ALL] = all } };
	return c;
}

/* One marked run: counters at start and at its end. */
static int run(struct bench *b, uint32_t kind, struct counts from, struct counts to)
{
	if (bench_mark(b, MARK_START, &from) < 0)
		return -1;
	return bench_mark(b, kind, &to);
}

static void test_bench(void)
{
	static struct bench b;
	struct counts z = cnt(0, 0, 0, 0);
	char out[512];

	CHECK(bench_mark(&b, MARK_ONE, &z) == -1);              /* no start */
	CHECK(bench_mark(&b, MARK_START, &z) == 0);
	CHECK(bench_mark(&b, MARK_START, &z) == -1);            /* twice */
	CHECK(bench_mark(&b, 7, &z) == -1);                     /* unknown */
	CHECK(bench_mark(&b, MARK_ONE, &z) == 0);
	memset(&b, 0, sizeof(b));

	CHECK(bench_line(&b, "guest: hello", err, sizeof(err)) == 1);
	CHECK(bench_line(&b, "bench: x 10 1 2", err, sizeof(err)) == -1);
	CHECK_STR(err, "'bench: x 10 1 2' without its marked runs");

	/* The empty loop: 2 instructions per iteration at the guest's EL1. */
	CHECK(run(&b, MARK_ONE, z, cnt(0, 50, 40, 100)) == 0);
	CHECK(run(&b, MARK_ONE, z, cnt(0, 60, 40, 120)) == 0);   /* a longer one: not kept */
	CHECK(run(&b, MARK_MANY, z, cnt(0, 70, 40, 120)) == 0);
	CHECK(bench_line(&b, "bench: empty 10 3 5", err, sizeof(err)) == 0);
	CHECK(b.nrows == 0 && b.have_empty && b.empty_ticks == 2);
	CHECK(b.empty[CNT_KERNEL] == 20 && b.empty[CNT_ALL] == 20);

	/* hvc-null, N = 10: per operation 1500 in all, of which 100 at EL0,
	 * 600 in the host kernel, 798 at EL2 and 2 in the guest. The runs'
	 * difference is ten times that, plus the empty loop's. */
	CHECK(run(&b, MARK_ONE, z, cnt(100, 700, 640, 1500)) == 0);
	CHECK(run(&b, MARK_MANY, z, cnt(100 + 1000, 700 + 6020 + 20, 640 + 6000,
					1500 + 15000 + 20)) == 0);
	/* ticks: 16 * (1040 - 100 - 2) / 10 = 1500.8 */
	CHECK(bench_line(&b, "bench: hvc-null 10 100 1040", err, sizeof(err)) == 0);
	CHECK(b.nrows == 1);
	CHECK_STR(b.rows[0].key, "hvc-null");
	CHECK(b.rows[0].total == 150080);
	CHECK(b.rows[0].has_levels && b.rows[0].has_guest);
	CHECK(b.rows[0].level[LV_USER] == 10000);
	CHECK(b.rows[0].level[LV_KERNEL] == 60000);
	CHECK(b.rows[0].level[LV_GUEST] == 200);
	CHECK(b.rows[0].level[LV_HYP] == 79800);

	/* The virtual timer: "KEY = N TICKS", N events timed by the guest. */
	CHECK(run(&b, MARK_ONE, z, cnt(0, 1000, 800, 2000)) == 0);
	CHECK(run(&b, MARK_MANY, z, cnt(0, 1000 + 5000, 800 + 4000, 2000 + 9000)) == 0);
	CHECK(bench_line(&b, "bench: virq = 5 900", err, sizeof(err)) == 0);
	CHECK(b.rows[1].total == 288000);                       /* 900 * 16 / 5 */
	CHECK(!b.rows[1].has_guest);
	CHECK(b.rows[1].level[LV_KERNEL] == 80000);             /* 4000 / 5 */

	/* Runs are used once: a second line needs runs of its own. */
	CHECK(bench_line(&b, "bench: virq = 5 900", err, sizeof(err)) == -1);

	/* Malformed lines. */
	CHECK(run(&b, MARK_ONE, z, z) == 0 && run(&b, MARK_MANY, z, z) == 0);
	CHECK(bench_line(&b, "bench: x 10 1", err, sizeof(err)) == -1);
	CHECK(bench_line(&b, "bench: x 10 1 2 3", err, sizeof(err)) == -1);
	CHECK(bench_line(&b, "bench: x 0 1 2", err, sizeof(err)) == -1);
	CHECK(bench_line(&b, "bench: x 1 -1 2", err, sizeof(err)) == -1);
	CHECK(bench_line(&b, "bench: x 1 1 99999999999999999999", err, sizeof(err)) == -1);
	CHECK(bench_line(&b, "bench: x = 0 5", err, sizeof(err)) == -1);
	CHECK(bench_line(&b, "bench: a-key-that-is-far-too-long 1 1 2", err, sizeof(err)) == -1);

	FILE *f = fmemopen(out, sizeof(out), "w");
	bench_print(&b, f);
	fclose(f);
	CHECK_STR(out, "kvm hvc-null 10 1500.80 100.00 600.00 798.00 2.00\n"
		       "kvm virq 5 2880.00 0.00 800.00 800.00 -\n");  /* no guest level */

	/* Without perf: totals only. */
	static struct bench np;
	bench_mark(&np, MARK_START, NULL);
	bench_mark(&np, MARK_ONE, NULL);
	bench_mark(&np, MARK_START, NULL);
	bench_mark(&np, MARK_MANY, NULL);
	CHECK(bench_line(&np, "bench: empty 10 3 5", err, sizeof(err)) == 0);
	bench_mark(&np, MARK_START, NULL);
	bench_mark(&np, MARK_ONE, NULL);
	bench_mark(&np, MARK_START, NULL);
	bench_mark(&np, MARK_MANY, NULL);
	CHECK(bench_line(&np, "bench: hvc-null 10 3 100", err, sizeof(err)) == 0);
	f = fmemopen(out, sizeof(out), "w");
	bench_print(&np, f);
	fclose(f);
	CHECK_STR(out, "kvm hvc-null 10 152.00 - - - -\n");    /* 16 * 95 / 10 */

	/* Rounded to the nearest hundredth, both ways. */
	CHECK(div_round(2, 3) == 1 && div_round(1, 3) == 0);
	CHECK(div_round(-2, 3) == -1 && div_round(-1, 3) == 0);

	/* Negative hundredths print with their sign. */
	f = fmemopen(out, sizeof(out), "w");
	print_hundredths(f, -5);
	fclose(f);
	CHECK_STR(out, " -0.05");
}

int main(void)
{
	test_args();
	test_mmio();
	test_uart();
	test_bench();
	return check_done();
}
