/* Unit tests of goesc's summary files: what esc_summaries_func writes,
 * esc_summaries_lookup reads back, and damaged lines are skipped; and of
 * the std tags file, in the same line format. */
#include "check.h"
#include "stdtags.h"
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
	leaks g[3] = {p[0], p[0], p[2]};
	esc_summaries_gccgo_func(f, "go_0p.F", 3, g);
	fclose(f);

	f = fopen(path, "r");
	char text[256] = {0};
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = 0;
	CHECK_STR(text, "goesc summaries 1\n"
			"func go_0p.F 3 1 0.2.0.1 0\n"
			"func go_0p.T.M 0\n"
			"gccgo go_0p.F 3 1 1 0\n");
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
	/* the "gccgo" lines: gccgo's model, read apart from gc's */
	l = esc_summaries_lookup_gccgo("go_0p.F", &np);
	CHECK(l != NULL);
	CHECK_INT(np, 3);
	if (l) {
		CHECK_INT(leaks_heap(&l[1]), 0);
		CHECK_INT(leaks_result(&l[1], 0), -1);
	}
	CHECK(esc_summaries_lookup_gccgo("go_0p.T.M", &np) == NULL);
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

static void std_tags(void)
{
	int np = -1;

	write_file("std.tags", "goesc std tags 1\n"
			       "func bufio.Writer.WriteString 2 2 1\n"
			       "func reflect.Value.Elem 1 0.1\n"
			       "func bad.F 2 1\n"
			       "func fmt.Println 1 2\n");
	char *path = xasprintf("%s/std.tags", dir);
	CHECK_INT(esc_stdtags_load(path), 1);
	const leaks *l = esc_stdtags_lookup("bufio.Writer.WriteString", &np);
	CHECK(l != NULL && np == 2);
	if (l) {
		CHECK_INT(leaks_heap(&l[0]), 1);	/* content */
		CHECK_INT(leaks_heap(&l[1]), 0);	/* leaks */
	}
	l = esc_stdtags_lookup("reflect.Value.Elem", &np);
	CHECK(l != NULL && np == 1 && leaks_heap(&l[0]) < 0 &&
	      leaks_result(&l[0], 0) == 0);
	CHECK(esc_stdtags_lookup("fmt.Println", &np) != NULL && np == 1);
	CHECK(esc_stdtags_lookup("bad.F", &np) == NULL);	/* too few */
	CHECK(esc_stdtags_lookup("fmt.Printf", &np) == NULL);
	CHECK(esc_stdtags_lookup(NULL, &np) == NULL);
	free(path);

	/* a summaries file is not a std tags file; a missing file neither,
	   and loading one empties the table */
	write_file("notstd.tags", "goesc summaries 1\nfunc fmt.Println 1 1\n");
	path = xasprintf("%s/notstd.tags", dir);
	CHECK_INT(esc_stdtags_load(path), 0);
	CHECK(esc_stdtags_lookup("fmt.Println", &np) == NULL);
	free(path);
	CHECK_INT(esc_stdtags_load("/nonexistent/std.tags"), 0);
	esc_stdtags_free();
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	RUN(round_trip);
	RUN(damaged);
	RUN(std_tags);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("FAIL: cleanup\n");
	free(cmd);
	return check_done();
}
