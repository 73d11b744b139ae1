/*
 * The launcher's logic that does not need KVM, so that it can be built
 * and tested on the build machine too (tests/test_vmm.c): the command
 * line, decoding an MMIO exit, the two devices the launcher emulates,
 * and turning the guest's raw counts into instructions per operation.
 */
#ifndef KVM_VMM_H
#define KVM_VMM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- the command line ---- */
struct options {
	const char *image;      /* the guest's raw image */
	bool perf;              /* count the host's instructions per level */
};
/* 0, or -1 with a message in err[]. */
int parse_args(int argc, char **argv, struct options *o, char *err, size_t errlen);

/* ---- one MMIO access, as KVM_EXIT_MMIO reports it ---- */
struct mmio_access {
	uint64_t addr;
	uint64_t value;         /* for a write: the value, little-endian */
	unsigned len;           /* 1, 2, 4 or 8 */
	bool write;
};
/* From kvm_run.mmio's fields; -1 if the length is not 1, 2, 4 or 8. */
int mmio_decode(uint64_t phys_addr, const uint8_t data[8], uint32_t len,
		uint8_t is_write, struct mmio_access *a);
/* The value a read returns, into kvm_run.mmio.data: len bytes, LE. */
void mmio_complete_read(uint8_t data[8], unsigned len, uint64_t value);

enum device { DEV_NONE, DEV_UART, DEV_BENCH };
/* Which device an address belongs to, and the offset in it. */
enum device device_at(uint64_t addr, uint64_t *offset);

/* ---- the PL011, as far as the guest uses it: text out ---- */
#define UART_LINE_MAX 200
struct uart {
	char line[UART_LINE_MAX + 1];
	size_t len;
	void (*line_done)(void *ctx, const char *line);
	void *ctx;
};
/* A register access; returns what a read gets. A complete line (the
 * guest's '\n') goes to line_done without it; '\r' is dropped; a line
 * longer than UART_LINE_MAX is passed on in pieces. */
uint64_t uart_access(struct uart *u, uint64_t offset, const struct mmio_access *a);

/* ---- the measurements ---- */
/*
 * The host's instruction counters (perf, see launcher.c), read at each
 * mark. What each counts depends on where the host kernel runs:
 *
 *   counter      nVHE (kernel at EL1)    VHE (kernel at EL2)
 *   CNT_USER     EL0                     EL0
 *   CNT_KERNEL   EL1: host and guest     EL1 (the guest) and EL2
 *   CNT_HOST     EL1: the host only      EL2
 *   CNT_ALL      every level             every level
 *
 * so the levels below come out the same way in both modes.
 */
enum counter { CNT_USER, CNT_KERNEL, CNT_HOST, CNT_ALL, CNT_N };
struct counts { uint64_t v[CNT_N]; };

enum level {
	LV_USER,        /* host EL0: the launcher */
	LV_KERNEL,      /* the host kernel with KVM: EL1 nVHE, EL2 VHE */
	LV_HYP,         /* nVHE only: KVM's code at EL2 */
	LV_GUEST,       /* the guest at EL1 */
	LV_N
};
/* The levels from differences of the counters. */
void counts_to_levels(const int64_t c[CNT_N], int64_t level[LV_N]);

#define BENCH_ROWS 16
#define BENCH_KEY_MAX 24
struct bench_row {
	char key[BENCH_KEY_MAX];
	unsigned long n;
	/* instructions per operation, in hundredths */
	int64_t total;          /* from the guest's counter ticks */
	int64_t level[LV_N];    /* from the host's counters */
	bool has_levels;
	bool has_guest;         /* the guest's own EL1 share is known */
};
/*
 * A bench line's runs: each measurement is repeated, and of each kind
 * (once, N + 1 times) the run with the fewest instructions in all is
 * kept: the one that no periodic host work (the scheduler's tick)
 * happened to fall into.
 */
enum run_kind { RUN_ONE, RUN_MANY, RUN_KINDS };
struct bench {
	bool in_mark;
	struct counts start;
	struct counts best[RUN_KINDS];  /* since the last bench line */
	unsigned runs[RUN_KINDS];
	bool have_perf;
	bool have_empty;
	uint64_t empty_ticks;   /* many - one of the empty loop */
	int64_t empty[CNT_N];   /* its counters, many - one */
	struct bench_row rows[BENCH_ROWS];
	unsigned nrows;
};
/* The guest wrote what (MARK_START, MARK_ONE, MARK_MANY); now are the
 * counters, or NULL without perf. -1 on a mark out of order or unknown. */
int bench_mark(struct bench *b, uint32_t what, const struct counts *now);
/* A line from the guest: 1 if it was not a bench line, 0 if it was and
 * is recorded, -1 (message in err[]) if it was one and is malformed. */
int bench_line(struct bench *b, const char *line, char *err, size_t errlen);
/* The rows: "kvm KEY N TOTAL EL0 KERNEL HYP GUEST", hundredths as
 * decimals, '-' where unknown. */
void bench_print(const struct bench *b, FILE *out);

#endif
