/* check.h: the unit tests' only framework.
 *
 * Each test program includes this file, calls CHECK/CHECK_STR/CHECK_INT in
 * functions registered with RUN, and returns check_done().  Every check prints
 * one "PASS: ..." or "FAIL: ..." line; scripts/run-unit counts them.
 */
#ifndef GOESC_CHECK_H
#define GOESC_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;
static const char *check_current = "";

static inline void check_report(int ok, const char *file, int line,
				const char *what, const char *detail)
{
	if (ok) {
		check_passed++;
		printf("PASS: %s: %s\n", check_current, what);
	} else {
		check_failed++;
		printf("FAIL: %s: %s (%s:%d)%s%s\n", check_current, what, file,
		       line, detail ? ": " : "", detail ? detail : "");
	}
}

#define CHECK(cond) check_report(!!(cond), __FILE__, __LINE__, #cond, NULL)

#define CHECK_INT(got, want)                                                 \
	do {                                                                 \
		long long g_ = (long long)(got), w_ = (long long)(want);     \
		char d_[96];                                                 \
		snprintf(d_, sizeof d_, "got %lld, want %lld", g_, w_);      \
		check_report(g_ == w_, __FILE__, __LINE__, #got " == " #want, \
			     g_ == w_ ? NULL : d_);                          \
	} while (0)

#define CHECK_STR(got, want)                                                 \
	do {                                                                 \
		const char *g_ = (got), *w_ = (want);                        \
		int ok_ = g_ && w_ && strcmp(g_, w_) == 0;                   \
		char d_[512];                                                \
		snprintf(d_, sizeof d_, "got \"%s\", want \"%s\"",           \
			 g_ ? g_ : "(null)", w_ ? w_ : "(null)");            \
		check_report(ok_, __FILE__, __LINE__, #got " == " #want,     \
			     ok_ ? NULL : d_);                               \
	} while (0)

#define RUN(fn) (check_current = #fn, fn())

static inline int check_done(void)
{
	return check_failed ? 1 : 0;
}

#endif
