/* Unit tests of goesc's summary files: what esc_summaries_func writes,
 * esc_summaries_lookup reads back when the package's object carries the
 * summary's stamp, and that a damaged or stale file is rejected whole;
 * and of
 * the std tags file, in the same line format. */
#include "check.h"
#include "exportdata.h"
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

static int sh(const char *cmd)
{
	char *full = xasprintf("cd '%s' && ( %s ) >/dev/null 2>&1", dir, cmd);
	int rc = system(full);
	free(full);
	return rc == 0;
}

/* A summary file's text: the header for body, then body. */
static char *summary_text(const char *body)
{
	char *h = esc_summaries_header(body, strlen(body));
	char *t = xasprintf("%s\n%s", h, body);
	free(h);
	return t;
}

/* Package p (p.go) compiled into dir/p.o by gccgo-12 without the plugin,
 * its object stamped with `stamp` (a section's text) unless NULL; the
 * summaries of dir are then read, p found by the export data search of
 * dir. */
static int have_gccgo;

static int build_p(const char *stamp)
{
	if (!have_gccgo)
		return 0;
	write_file("p.go", "package p\n\nfunc F(a, b, c *int) {}\n\n"
			   "type T int\n\nfunc (T) M() {}\n");
	if (!sh("gccgo-12 -c p.go -o p.o"))
		return 0;
	if (stamp) {
		write_file("stamp", stamp);
		if (!sh("objcopy --add-section .goesc=stamp "
			"--set-section-flags .goesc=exclude p.o"))
			return 0;
	}
	esc_summaries_free_all();
	xdata_reset();
	xdata_add_include_dir(dir);
	esc_summaries_set_dir(dir);
	return 1;
}

static void round_trip(void)
{
	leaks p[3];
	memset(p, 0, sizeof p);
	leaks_add_heap(&p[0], 0);		/* leaking param */
	leaks_add_result(&p[1], 0, 1);		/* to result ~r0 level=1 */
	leaks_add_result(&p[1], 2, 0);		/* and ~r2 level=0 */
	/* p[2]: does not escape */

	strbuf body = {NULL, 0, 0};
	esc_summaries_func(&body, "go_0p.F", 3, p);
	esc_summaries_func(&body, "go_0p.T.M", 0, NULL);
	leaks g[3] = {p[0], p[0], p[2]};
	esc_summaries_gccgo_func(&body, "go_0p.F", 3, g);
	CHECK_STR(sb_str(&body), "func go_0p.F 3 1 0.2.0.1 0\n"
				 "func go_0p.T.M 0\n"
				 "gccgo go_0p.F 3 1 1 0\n");
	char *header = esc_summaries_header(sb_str(&body), body.len);
	/* FNV-1a 64 of the body, as computed by hand */
	CHECK_STR(header, "goesc summaries 2 66 fff835f982be70bc");
	char *text = summary_text(sb_str(&body));
	CHECK(esc_summaries_check(text, strlen(text)) == NULL);
	write_file("go_0p.goesc", text);
	char *stamp = xstrdup(text);	/* the object carries the summary */
	if (!build_p(stamp)) {
		printf("SKIP: round_trip lookups: no gccgo-12 and objcopy\n");
		goto out;
	}
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

	/* among others (an archive's members' sections) */
	char *more = xasprintf("goesc summaries 2 0 cbf29ce484222325\n%s", stamp);
	CHECK(build_p(more) && esc_summaries_lookup("go_0p.F", &np) != NULL);
	free(more);
out:
	esc_summaries_set_dir(NULL);
	esc_summaries_free_all();
	xdata_reset();
	free(stamp);
	free(text);
	free(header);
	sb_free(&body);
}

static int warned;
static char why[256];

static void warn(const char *path, const char *w)
{
	(void)path;
	warned++;
	snprintf(why, sizeof why, "%s", w);
}

/* A stale summary: the object carries no stamp, or another summary's. */
static void stale(void)
{
	char *text = summary_text("func go_0p.F 3 1 1 1\n");
	write_file("go_0p.goesc", text);
	esc_summaries_set_warn(warn);
	int np;
	if (!build_p(NULL)) {
		printf("SKIP: stale: no gccgo-12 and objcopy\n");
		goto out;
	}
	warned = 0;
	CHECK(esc_summaries_lookup("go_0p.F", &np) == NULL);
	CHECK_INT(warned, 1);
	CHECK(strstr(why, "has no goesc stamp") != NULL);

	/* the object has another summary: its own functions are known
	   from it, the file's are not */
	char *other = summary_text("func go_0p.T.M 1 0\n");
	build_p(other);
	warned = 0;
	CHECK(esc_summaries_lookup("go_0p.F", &np) == NULL);
	CHECK(esc_summaries_lookup("go_0p.F", &np) == NULL);
	CHECK(esc_summaries_lookup("go_0p.T.M", &np) != NULL && np == 1);
	CHECK_INT(warned, 1);	/* once per file */
	CHECK(strstr(why, "is not the summary") != NULL);

	/* a damaged summary in the object: nothing from it */
	char *cut = xstrndup(other, strlen(other) - 2);
	build_p(cut);
	warned = 0;
	CHECK(esc_summaries_lookup("go_0p.T.M", &np) == NULL);
	CHECK(warned >= 1);
	free(cut);
	free(other);
out:
	esc_summaries_set_warn(NULL);
	esc_summaries_set_dir(NULL);
	esc_summaries_free_all();
	xdata_reset();
	free(text);
}

/* A damaged file is rejected whole, whatever the damage. */
static void damaged(void)
{
	const char *body = "func go_0p.F 3 1 0.2.0.1 0\n"
			   "func go_0p.T.M 0\n"
			   "gccgo go_0p.F 3 1 1 0\n";
	char *text = summary_text(body);
	size_t n = strlen(text);
	int bad = 0;

	CHECK(esc_summaries_check(text, n) == NULL);
	/* every truncation */
	for (size_t k = 0; k < n; k++)
		bad += esc_summaries_check(text, k) == NULL;
	CHECK_INT(bad, 0);
	/* every byte changed (a digit into another, anything into 'x') */
	bad = 0;
	for (size_t k = 0; k < n; k++) {
		char *t = xstrdup(text);
		t[k] = t[k] >= '0' && t[k] <= '8' ? t[k] + 1 : 'x';
		bad += esc_summaries_check(t, n) == NULL;
		free(t);
	}
	CHECK_INT(bad, 0);

	/* hashes that agree, lines that do not parse fully */
	static const char *lines[] = {
		"func go_0bad.A 2 1\n",			/* too few */
		"func go_0bad.A 1 1 1\n",		/* too many */
		"func go_0bad.B 1 1.x\n",		/* not a number */
		"func go_0bad.B 1 +1\n",
		"func go_0bad.B 1 1.\n",
		"func go_0bad.B -1\n",
		"func go_0bad.C 1 999\n",		/* out of range */
		"func go_0bad.D 1 1.0.0.0.0.0.0.0.0\n",	/* too long */
		"garbage\n",
		"func\n",
		"\n",
		"func go_0bad.E 1 0.1",			/* no newline */
		"func go_0bad.E 1 0.1\nfunc go_0bad.F 1\n",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
		char *t = summary_text(lines[i]);
		const char *w = esc_summaries_check(t, strlen(t));
		CHECK(w != NULL);
		if (!w)
			printf("FAIL: accepted: %s", lines[i]);
		free(t);
	}
	char *t = summary_text("func go_0bad.E 1 0.1\nfunc go_0bad.F 1\n");
	CHECK_STR(esc_summaries_check(t, strlen(t)), "line 3 does not parse");
	free(t);
	t = summary_text("");
	CHECK(esc_summaries_check(t, strlen(t)) == NULL);	/* no function */
	free(t);

	/* headers */
	static const char *headers[] = {
		"goesc summaries 1\nfunc go_0p.F 1 1\n",
		"goesc summaries 2\nfunc go_0p.F 1 1\n",
		"goesc summaries 2 +0 cbf29ce484222325\n",
		"goesc summaries 2 00 cbf29ce484222325\n",
		"goesc summaries 2 0 CBF29CE484222325\n",
		"goesc summaries 2 0 cbf29ce48422232\n",
		"goesc summaries 2 0 cbf29ce484222325 \n",
		"goesc summaries 3 0 cbf29ce484222325\n",
		"goesc summaries 2 0 cbf29ce484222325",
		"",
	};
	for (size_t i = 0; i < sizeof headers / sizeof *headers; i++)
		CHECK(esc_summaries_check(headers[i], strlen(headers[i])) != NULL);
	CHECK(esc_summaries_check("goesc summaries 2 0 cbf29ce484222325\n", 37) == NULL);

	/* a damaged file gives no function at all, even its good lines */
	if (build_p(NULL)) {
		char *h = esc_summaries_header(body, strlen(body));
		char *stamp = xasprintf("%s\n", h);
		build_p(stamp);
		char *cut = xstrndup(text, n - 3);
		write_file("go_0p.goesc", cut);
		int np;
		CHECK(esc_summaries_lookup("go_0p.T.M", &np) == NULL);
		CHECK(esc_summaries_lookup("go_0p.F", &np) == NULL);
		free(cut);
		free(stamp);
		free(h);
	} else {
		printf("SKIP: damaged lookups: no gccgo-12 and objcopy\n");
	}
	esc_summaries_set_dir(NULL);
	esc_summaries_free_all();
	xdata_reset();
	free(text);
}

static void stamped(void)
{
	char *a = summary_text("");
	char *b = summary_text("func a.F 0\n");
	char *s = xasprintf("%s%s", a, b);
	*strchr(a, '\n') = 0;
	*strchr(b, '\n') = 0;
	CHECK(esc_summaries_stamped(a, s, strlen(s)));
	CHECK(esc_summaries_stamped(b, s, strlen(s)));
	CHECK(!esc_summaries_stamped("goesc summaries 2 0", s, strlen(s)));
	CHECK(!esc_summaries_stamped(a, "", 0));
	/* a record cut short ends the walk */
	CHECK(!esc_summaries_stamped(b, s, strlen(s) - 1));
	free(s);
	free(a);
	free(b);
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
	have_gccgo = system("command -v gccgo-12 >/dev/null 2>&1 && "
			    "command -v objcopy >/dev/null 2>&1") == 0;
	RUN(round_trip);
	RUN(stale);
	RUN(damaged);
	RUN(stamped);
	RUN(std_tags);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("FAIL: cleanup\n");
	free(cmd);
	return check_done();
}
