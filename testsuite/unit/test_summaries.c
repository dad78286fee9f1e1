/* Unit tests of goesc's summary files: what esc_summaries_func writes,
 * esc_summaries_lookup reads back, and damaged lines are skipped. */
#include "check.h"
#include "summaries.h"
#include "util.h"

#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/goesc-sumtest-XXXXXX";

static void write_file(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	free(path);
}

static void round_trip(void)
{
	leaks p[3];
	memset(p, 0, sizeof p);
	leaks_add_heap(&p[0], 0);		/* leaking param */
	leaks_add_result(&p[1], 0, 1);		/* to result ~r0 level=1 */
	leaks_add_result(&p[1], 2, 0);		/* and ~r2 level=0 */
	/* p[2]: does not escape */

	char *path = xasprintf("%s/go_0p.goesc", dir);
	FILE *f = fopen(path, "w");
	esc_summaries_header(f);
	esc_summaries_func(f, "go_0p.F", 3, p);
	esc_summaries_func(f, "go_0p.T.M", 0, NULL);
	fclose(f);

	f = fopen(path, "r");
	char text[256] = {0};
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = 0;
	CHECK_STR(text, "goesc summaries 1\n"
			"func go_0p.F 3 1 0.2.0.1 0\n"
			"func go_0p.T.M 0\n");
	free(path);

	esc_summaries_set_dir(dir);
	int np = -1;
	const leaks *l = esc_summaries_lookup("go_0p.F", &np);
	CHECK(l != NULL);
	CHECK_INT(np, 3);
	if (l) {
		CHECK_INT(leaks_heap(&l[0]), 0);
		CHECK_INT(leaks_result(&l[1], 0), 1);
		CHECK_INT(leaks_result(&l[1], 2), 0);
		CHECK(leaks_empty(&l[2]));
	}
	l = esc_summaries_lookup("go_0p.T.M", &np);
	CHECK(l != NULL && np == 0);
	CHECK(esc_summaries_lookup("go_0p.G", &np) == NULL);
	CHECK(esc_summaries_lookup("go_0q.F", &np) == NULL);	/* no file */
	CHECK(esc_summaries_lookup("nodot", &np) == NULL);
	esc_summaries_free_all();
}

static void damaged(void)
{
	write_file("go_0bad.goesc", "goesc summaries 1\n"
				    "func go_0bad.A 2 1\n"		/* too few */
				    "func go_0bad.B 1 1.x\n"	/* not a number */
				    "func go_0bad.C 1 999\n"	/* out of range */
				    "func go_0bad.D 1 1.0.0.0.0.0.0.0.0\n" /* too long */
				    "garbage\n"
				    "func\n"
				    "func go_0bad.E 1 0.1\n");
	write_file("go_0old.goesc", "goesc summaries 0\nfunc go_0old.F 1 1\n");
	esc_summaries_set_dir(dir);
	int np;
	CHECK(esc_summaries_lookup("go_0bad.A", &np) == NULL);
	CHECK(esc_summaries_lookup("go_0bad.B", &np) == NULL);
	CHECK(esc_summaries_lookup("go_0bad.C", &np) == NULL);
	CHECK(esc_summaries_lookup("go_0bad.D", &np) == NULL);
	const leaks *l = esc_summaries_lookup("go_0bad.E", &np);
	CHECK(l != NULL && np == 1 && leaks_result(&l[0], 0) == 0);
	CHECK(esc_summaries_lookup("go_0old.F", &np) == NULL);	/* header */
	esc_summaries_set_dir(NULL);
	esc_summaries_free_all();
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	RUN(round_trip);
	RUN(damaged);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("FAIL: cleanup\n");
	free(cmd);
	return check_done();
}
