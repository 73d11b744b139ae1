/*
 * A minimal unit-test helper for the host tests: CHECK(cond) counts and
 * reports failures; check_done() prints the tally and gives the exit code.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>

static int checks_run, checks_failed;

#define CHECK(cond) do {                                                \
	checks_run++;                                                   \
	if (!(cond)) {                                                  \
		checks_failed++;                                        \
		printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	}                                                               \
} while (0)

#define CHECK_STR(got, want) do {                                       \
	const char *g_ = (got), *w_ = (want);                           \
	checks_run++;                                                   \
	if (strcmp(g_, w_) != 0) {                                      \
		checks_failed++;                                        \
		printf("%s:%d: got \"%s\", want \"%s\"\n",              \
		       __FILE__, __LINE__, g_, w_);                     \
	}                                                               \
} while (0)

static inline int check_done(void)
{
	printf("%d checks, %d failed\n", checks_run, checks_failed);
	return checks_failed != 0;
}

#endif
