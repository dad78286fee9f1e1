/* test_exportdata.c: unit tests of core/exportdata.c.
 *
 * Four groups:
 *   - the installed standard library (.gox files of gccgo-12);
 *   - the fixture data/xdata_fix.gox (gccgo-12 output, see xdata_fix.go);
 *   - packages built here with gccgo-12 (.o, .a, thin .a, .so, .gox, no
 *     notes, -fgo-pkgpath, -fgo-prefix) and the search order; skipped with
 *     a "SKIP" note when gccgo-12 is not on PATH;
 *   - malformed input: truncated and corrupted ELF files, export data and
 *     archives, built here from the fixture; all must give NULL.
 */
#include "check.h"
#include "exportdata.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define STD_LIBDIR "/usr/lib/x86_64-linux-gnu"
#define STD_GODIR STD_LIBDIR "/go/12/x86_64-linux-gnu"
#define GCC_LIBDIR "/usr/lib/gcc/x86_64-linux-gnu/12"

static char tmpdir[64];
static char datadir[1024];

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

struct buf {
	unsigned char *p;
	size_t n, cap;
};

static void buf_add(struct buf *b, const void *data, size_t n)
{
	if (b->n + n > b->cap) {
		b->cap = (b->n + n) * 2 + 64;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			abort();
	}
	if (n)
		memcpy(b->p + b->n, data, n);
	b->n += n;
}

static void buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_free(struct buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

static char *path2(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *s = malloc(n);

	if (!s)
		abort();
	snprintf(s, n, "%s/%s", a, b);
	return s;
}

static int write_file(const char *path, const void *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (!f)
		return 0;
	ok = fwrite(data, 1, n, f) == n;
	return fclose(f) == 0 && ok;
}

static unsigned char *read_file(const char *path, size_t *n)
{
	struct buf b = { 0 };
	unsigned char tmp[4096];
	FILE *f = fopen(path, "rb");
	size_t r;

	if (!f)
		return NULL;
	while ((r = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&b, tmp, r);
	fclose(f);
	*n = b.n;
	return b.p;
}

static void mkdirs(const char *path)
{
	char *s = strdup(path), *p;

	for (p = s + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(s, 0755);
			*p = '/';
		}
	mkdir(s, 0755);
	free(s);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = s ? strlen(s) : 0, m = strlen(suffix);

	return s && n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Run a shell command in tmpdir; 1 on success. */
static int sh(const char *cmd)
{
	size_t n = strlen(cmd) + strlen(tmpdir) + 64;
	char *full = malloc(n);
	int rc;

	if (!full)
		abort();
	snprintf(full, n, "cd '%s' && ( %s ) >/dev/null 2>&1", tmpdir, cmd);
	rc = system(full);
	free(full);
	if (rc != 0)
		printf("note: command failed: %s\n", cmd);
	return rc == 0;
}

static int have_gccgo(void)
{
	return system("command -v gccgo-12 >/dev/null 2>&1 && "
		      "command -v ar >/dev/null 2>&1 && "
		      "command -v objcopy >/dev/null 2>&1") == 0;
}

static int have_std(void)
{
	return access(STD_GODIR "/fmt.gox", R_OK) == 0;
}

/* Forget everything, then search inc (-I) and lib (-L). */
static void setup(const char *inc, const char *lib)
{
	xdata_reset();
	xdata_set_version("12", "x86_64-linux-gnu");
	if (inc)
		xdata_add_include_dir(inc);
	if (lib)
		xdata_add_library_dir(lib);
}

static const xparam *param(const xfunc *f, int i)
{
	static const xparam none = { "(none)", -1, 0xdead, -1 };

	return f && i < f->nparams ? &f->params[i] : &none;
}

static const xparam *result(const xfunc *f, int i)
{
	static const xparam none = { "(none)", -1, 0xdead, -1 };

	return f && i < f->nresults ? &f->results[i] : &none;
}

#define NAME(p) ((p)->name ? (p)->name : "?")

/* ------------------------------------------------------------------ */
/* The standard library                                                */

static void test_std_fmt(void)
{
	const xfunc *f, *g;

	setup(NULL, STD_LIBDIR);
	f = xdata_lookup("fmt", "Println");
	CHECK(f != NULL);
	CHECK_STR(f ? f->pkgpath : NULL, "fmt");
	CHECK_STR(f ? f->name : NULL, "Println");
	CHECK_INT(f ? f->nparams : -1, 1);
	CHECK_STR(NAME(param(f, 0)), "a");
	CHECK_INT(param(f, 0)->has_esc, 1);
	CHECK_INT(param(f, 0)->esc, 0x9);
	CHECK_INT(param(f, 0)->variadic, 1);
	CHECK_INT(f ? f->nresults : -1, 2);
	CHECK_STR(NAME(result(f, 0)), "n");
	CHECK_STR(NAME(result(f, 1)), "err");
	CHECK_INT(result(f, 1)->has_esc, 0);

	g = xdata_lookup_symbol("fmt.Println");
	CHECK(g == f);
	CHECK(xdata_lookup_symbol("fmt.Println") == f);
	CHECK(ends_with(xdata_package_file("fmt"),
			"/go/12/x86_64-linux-gnu/fmt.gox"));

	/* xdata_free_all() keeps the search path */
	xdata_free_all();
	f = xdata_lookup_symbol("fmt.Println");
	CHECK_INT(param(f, 0)->esc, 0x9);

	f = xdata_lookup("fmt", "Printf");
	CHECK_INT(f ? f->nparams : -1, 2);
	CHECK_STR(NAME(param(f, 0)), "format");
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK_INT(param(f, 0)->variadic, 0);
	CHECK_INT(param(f, 1)->variadic, 1);

	/* no note: the parameter escapes */
	f = xdata_lookup("fmt", "Fprintln");
	CHECK_STR(NAME(param(f, 0)), "w");
	CHECK_INT(param(f, 0)->has_esc, 0);
	CHECK_INT(param(f, 1)->esc, 0x9);
}

static void test_std_methods(void)
{
	const xfunc *f;

	setup(NULL, STD_LIBDIR);
	f = xdata_lookup_symbol("bytes.Buffer.WriteString");
	CHECK(f != NULL);
	CHECK_STR(f ? f->pkgpath : NULL, "bytes");
	CHECK_STR(f ? f->name : NULL, "Buffer.WriteString");
	CHECK_INT(f ? f->nparams : -1, 2);
	CHECK_STR(NAME(param(f, 0)), "b");
	CHECK_INT(param(f, 0)->has_esc, 1);
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK_STR(NAME(param(f, 1)), "s");
	CHECK_INT(param(f, 1)->esc, 0x1);
	CHECK_INT(f ? f->nresults : -1, 2);
	CHECK(xdata_lookup("bytes", "Buffer.WriteString") == f);

	f = xdata_lookup("bytes", "Buffer.Bytes");
	CHECK_INT(param(f, 0)->esc, 0x22);
	CHECK_INT(f ? f->nresults : -1, 1);
	CHECK(result(f, 0)->name == NULL);

	/* unexported method, written without its dot */
	f = xdata_lookup_symbol("bytes.Buffer.grow");
	CHECK_STR(f ? f->name : NULL, "Buffer.grow");
	CHECK_INT(param(f, 0)->esc, 0x1);

	/* no note on the receiver */
	f = xdata_lookup("sync", "Mutex.Lock");
	CHECK_INT(f ? f->nparams : -1, 1);
	CHECK_INT(param(f, 0)->has_esc, 0);
	/* an unnamed receiver ("?") of an unexported type */
	f = xdata_lookup_symbol("sync.noCopy.Lock");
	CHECK(f != NULL);
	CHECK(param(f, 0)->name == NULL);
	CHECK_INT(param(f, 0)->esc, 0x1);

	f = xdata_lookup("strings", "Builder.WriteString");
	CHECK_INT(param(f, 0)->esc, 0x9);

	/* pointer receivers, and value receivers (which gccgo passes by
	   address) told apart */
	CHECK_INT(xdata_lookup("bytes", "Buffer.WriteString")->value_recv, 0);
	f = xdata_lookup("reflect", "Value.Index");
	CHECK_INT(f ? f->value_recv : -1, 1);
	CHECK_INT(param(f, 0)->esc, 0x12);
	f = xdata_lookup("time", "Duration.String");
	CHECK_INT(f ? f->value_recv : -1, 1);
	f = xdata_lookup("time", "Time.String");
	CHECK_INT(f ? f->value_recv : -1, 1);
	f = xdata_lookup("time", "Timer.Stop");
	CHECK_INT(f ? f->value_recv : -1, 0);

	/* methods of another package's type listed in bytes' data */
	CHECK(xdata_lookup("bytes", "SpecialCase.ToLower") == NULL);
	f = xdata_lookup("unicode", "SpecialCase.ToLower");
	CHECK_STR(f ? f->pkgpath : NULL, "unicode");
	CHECK_INT(param(f, 0)->esc, 0x1);
	/* a function of another package listed for an inline body */
	CHECK(xdata_lookup("bytes", "isExcludingLatin") == NULL);
}

static void test_std_result_leak(void)
{
	const xfunc *f;

	setup(NULL, STD_LIBDIR);
	f = xdata_lookup_symbol("bytes.TrimSpace");
	CHECK_INT(param(f, 0)->esc, 0x12);
	CHECK_INT(param(f, 0)->esc & XESC_MASK, XESC_RETURN);
	CHECK_INT((param(f, 0)->esc >> XESC_RESULT_SHIFT) &
		  ((1 << XESC_RESULT_BITS) - 1), 1);

	f = xdata_lookup("bytes", "Cut");
	CHECK_INT(f ? f->nresults : -1, 3);
	CHECK_INT(param(f, 0)->esc, 0x92);
	CHECK_STR(NAME(result(f, 2)), "found");
}

static void test_std_symbols(void)
{
	static const char *const misses[] = {
		"fmt.NoSuchFunction", "nosuch_1pkg.F", "fmt..import",
		"main.main..func1", "bytes.Buffer.WriteString..f",
		"bytes.Buffer..eq", "", "fmt", "fmt.", ".Println",
		"bytes.SpecialCase.ToLower", "go_0p.F", "a.b.c.d.e",
		"fmt.Println.x.y", "fmt._q", "1fmt.Println",
		"encoding_1json.Marshal_", "bytes.Buffer.VM_0_0stub2",
	};
	const xfunc *f, *g;
	size_t i;

	setup(NULL, STD_LIBDIR);
	f = xdata_lookup_symbol("encoding_1json.Marshal");
	CHECK_STR(f ? f->pkgpath : NULL, "encoding/json");
	CHECK_STR(f ? f->name : NULL, "Marshal");
	CHECK_STR(NAME(param(f, 0)), "v");
	CHECK_INT(param(f, 0)->has_esc, 0);
	CHECK_INT(f ? f->nresults : -1, 2);
	g = xdata_lookup_symbol("encoding/json.Marshal");
	CHECK(g == f);
	CHECK(ends_with(xdata_package_file("encoding/json"),
			"/x86_64-linux-gnu/encoding/json.gox"));

	f = xdata_lookup_symbol("unicode_1utf8.EncodeRune");
	CHECK_STR(f ? f->pkgpath : NULL, "unicode/utf8");
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK(xdata_lookup_symbol("unicode/utf8.RuneLen") != NULL);
	CHECK(xdata_lookup_symbol("strconv.Itoa") != NULL);
	CHECK(xdata_lookup_symbol("os.Open") != NULL);
	CHECK(xdata_lookup_symbol("errors.New") != NULL);
	CHECK(xdata_lookup_symbol("io.ReadAll") != NULL);
	f = xdata_lookup_symbol("sort.Slice");
	CHECK_INT(param(f, 1)->esc, 0x1);

	for (i = 0; i < sizeof(misses) / sizeof(misses[0]); i++) {
		int ok = xdata_lookup_symbol(misses[i]) == NULL &&
			 xdata_lookup_symbol(misses[i]) == NULL;

		if (!ok)
			printf("unexpectedly found: %s\n", misses[i]);
		CHECK(ok);
	}
	CHECK(xdata_lookup_symbol(NULL) == NULL);
	CHECK(xdata_lookup(NULL, "F") == NULL);
	CHECK(xdata_lookup("fmt", NULL) == NULL);
	CHECK(xdata_lookup("fmt", "") == NULL);
	CHECK(xdata_package_file("no/such/package") == NULL);
	CHECK(xdata_package_file("") == NULL);
	CHECK_STR(xdata_import("fmt"), "fmt");
	CHECK(xdata_import("no/such/package") == NULL);

	/* The driver's first -L directory has libgo.so, whose .go_export
	 * holds every standard package: import "go" finds it.  That must
	 * not make "go.Reader.Next" archive/tar's Reader.Next. */
	if (access(GCC_LIBDIR "/libgo.so", R_OK) == 0) {
		setup(NULL, GCC_LIBDIR);
		xdata_add_library_dir(STD_LIBDIR);
		CHECK(xdata_lookup("archive/tar", "Reader.Next") != NULL);
		CHECK(xdata_lookup_symbol("go.Reader.Next") == NULL);
		CHECK(xdata_lookup("go", "Reader.Next") == NULL);
	}
}

/* Every package of the installed library is found and parses. */
static int walk_std(const char *dir, const char *rel, int *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int bad = 0;

	if (!d)
		return 1;
	while ((e = readdir(d)) != NULL) {
		char *full, *r;
		size_t len = strlen(e->d_name);
		struct stat sb;

		if (e->d_name[0] == '.')
			continue;
		full = path2(dir, e->d_name);
		r = *rel ? path2(rel, e->d_name) : strdup(e->d_name);
		if (stat(full, &sb) == 0 && S_ISDIR(sb.st_mode)) {
			bad += walk_std(full, r, n);
		} else if (len > 4 && strcmp(e->d_name + len - 4, ".gox") == 0) {
			const char *file;

			r[strlen(r) - 4] = '\0';
			file = xdata_package_file(r);
			(*n)++;
			if (!file || !ends_with(file, e->d_name)) {
				printf("std package not read: %s\n", r);
				bad++;
			}
		}
		free(full);
		free(r);
	}
	closedir(d);
	return bad;
}

static void test_std_all(void)
{
	int n = 0, bad;

	setup(NULL, STD_LIBDIR);
	bad = walk_std(STD_GODIR, "", &n);
	CHECK_INT(bad, 0);
	CHECK(n >= 100);
	printf("note: %d standard packages read\n", n);
	/* everything is still there */
	CHECK(xdata_lookup("runtime", "GC") != NULL);
	CHECK(xdata_lookup("net/http", "Get") != NULL);
}

/* ------------------------------------------------------------------ */
/* The fixture                                                         */

static unsigned char *fixture(size_t *n)
{
	char *path = path2(datadir, "xdata_fix.gox");
	unsigned char *d = read_file(path, n);

	if (!d)
		printf("cannot read %s\n", path);
	free(path);
	return d;
}

/* The raw export data inside the fixture ("v3;" to the checksum line). */
static unsigned char *fixture_raw(size_t *n)
{
	size_t len, i, start = 0, end = 0;
	unsigned char *d = fixture(&len), *raw;

	if (!d)
		return NULL;
	for (i = 0; i + 4 <= len; i++)
		if (memcmp(d + i, "v3;\n", 4) == 0) {
			start = i;
			break;
		}
	for (i = start; i + 9 <= len; i++)
		if (memcmp(d + i, "checksum ", 9) == 0) {
			end = i;
			while (end < len && d[end] != '\n')
				end++;
			end++;
			break;
		}
	if (!end || end > len) {
		free(d);
		return NULL;
	}
	raw = malloc(end - start);
	memcpy(raw, d + start, end - start);
	free(d);
	*n = end - start;
	return raw;
}

static void check_fixture_funcs(const char *pkg)
{
	const xfunc *f;

	f = xdata_lookup(pkg, "Id");
	CHECK_STR(f ? f->pkgpath : NULL, "xdata_fix");
	CHECK_INT(param(f, 0)->esc, 0x12);
	CHECK_STR(NAME(result(f, 0)), "$ret3");
	f = xdata_lookup(pkg, "Keep");
	CHECK_INT(f ? f->nparams : -1, 1);
	CHECK_INT(param(f, 0)->has_esc, 0);
	CHECK_INT(f ? f->nresults : -1, 0);
	f = xdata_lookup(pkg, "Deref");
	CHECK_INT(param(f, 0)->esc, 0x1);
	f = xdata_lookup(pkg, "Two");
	CHECK_INT(f ? f->nparams : -1, 2);
	CHECK_INT(param(f, 0)->esc, 0x82);
	CHECK_INT(param(f, 1)->esc, 0x12);
	CHECK_STR(NAME(result(f, 1)), "y");
	f = xdata_lookup(pkg, "Var");
	CHECK_INT(param(f, 0)->variadic, 0);
	CHECK_INT(param(f, 1)->variadic, 1);
	CHECK_INT(param(f, 1)->esc, 0x1);
	f = xdata_lookup(pkg, "Sum");
	CHECK_INT(param(f, 0)->variadic, 1);
	CHECK_STR(NAME(result(f, 0)), "n");
	f = xdata_lookup(pkg, "\xc3\x9c" "ber");
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK(xdata_lookup(pkg, "unexported") != NULL);
	CHECK(xdata_lookup(pkg, "UsesUnexported") != NULL);
	CHECK(xdata_lookup(pkg, "NewU") != NULL);
	f = xdata_lookup(pkg, "T.Set");
	CHECK_INT(f ? f->nparams : -1, 2);
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK_INT(param(f, 1)->has_esc, 0);
	f = xdata_lookup(pkg, "T.Get");
	CHECK_INT(param(f, 0)->esc, 0x12);
	f = xdata_lookup(pkg, "T.get");
	CHECK_INT(param(f, 0)->esc, 0x22);
	f = xdata_lookup(pkg, "T.Keep");
	CHECK_INT(param(f, 1)->has_esc, 0);
	f = xdata_lookup(pkg, "u.Val");
	CHECK_INT(param(f, 0)->has_esc, 0);
	CHECK_INT(f ? f->nresults : -1, 1);
	CHECK(xdata_lookup(pkg, "Sink") == NULL);
	/* variables are known as such (not functions, not constants) */
	CHECK(xdata_is_var(pkg, "Sink"));
	CHECK(!xdata_is_var(pkg, "Keep"));
	CHECK(!xdata_is_var(pkg, "Nope"));
	CHECK(xdata_lookup(pkg, "Iface.M") == NULL);
	CHECK(xdata_lookup(pkg, "T.Nope") == NULL);
}

static void test_fixture(void)
{
	setup(datadir, NULL);
	check_fixture_funcs("xdata_fix");
	CHECK(ends_with(xdata_package_file("xdata_fix"), "/xdata_fix.gox"));
	CHECK(xdata_lookup_symbol("xdata__fix.T.Set") ==
	      xdata_lookup("xdata_fix", "T.Set"));
	CHECK(xdata_lookup_symbol("xdata__fix._u00dcber") != NULL);
	CHECK(xdata_lookup_symbol("xdata__fix.u.Val") != NULL);
	CHECK(xdata_lookup_symbol("xdata_fix.T.get") != NULL);
}

/* ------------------------------------------------------------------ */
/* Hand-built ELF files and archives                                   */

static void put_u(unsigned char *p, uint64_t v, int size, int big)
{
	int i;

	for (i = 0; i < size; i++)
		p[big ? size - 1 - i : i] = (unsigned char)(v >> (8 * i));
}

struct elf_layout {
	size_t shoff_at, shnum_at, shentsize_at, shstrndx_at;
	size_t sec_at;		/* header of section 1 (.go_export) */
	size_t strtab_hdr_at;	/* header of section 2 (.shstrtab) */
	int is64, big;
};

/* An ELF relocatable with sections "", .go_export (data) and .shstrtab. */
static unsigned char *build_elf(int is64, int big, const void *data,
				size_t len, size_t *total,
				struct elf_layout *lay)
{
	static const char strtab[] = "\0.shstrtab\0.go_export";
	size_t eh = is64 ? 64 : 52, se = is64 ? 64 : 40;
	size_t stroff = eh + len, shoff = (stroff + sizeof(strtab) + 7) & ~7u;
	size_t n = shoff + 3 * se, i;
	unsigned char *b = calloc(1, n);

	memcpy(b, "\177ELF", 4);
	b[4] = is64 ? 2 : 1;
	b[5] = big ? 2 : 1;
	b[6] = 1;
	put_u(b + 16, 1, 2, big);		/* ET_REL */
	put_u(b + 18, is64 ? 62 : 3, 2, big);
	put_u(b + 20, 1, 4, big);
	lay->is64 = is64;
	lay->big = big;
	if (is64) {
		lay->shoff_at = 0x28;
		put_u(b + 0x34, eh, 2, big);
		lay->shentsize_at = 0x3a;
		lay->shnum_at = 0x3c;
		lay->shstrndx_at = 0x3e;
		put_u(b + 0x28, shoff, 8, big);
	} else {
		lay->shoff_at = 0x20;
		put_u(b + 0x28, eh, 2, big);
		lay->shentsize_at = 0x2e;
		lay->shnum_at = 0x30;
		lay->shstrndx_at = 0x32;
		put_u(b + 0x20, shoff, 4, big);
	}
	put_u(b + lay->shentsize_at, se, 2, big);
	put_u(b + lay->shnum_at, 3, 2, big);
	put_u(b + lay->shstrndx_at, 2, 2, big);
	memcpy(b + eh, data, len);
	memcpy(b + stroff, strtab, sizeof(strtab));
	for (i = 1; i < 3; i++) {
		unsigned char *h = b + shoff + i * se;
		uint64_t name = i == 1 ? 11 : 1, off = i == 1 ? eh : stroff;
		uint64_t size = i == 1 ? len : sizeof(strtab);

		put_u(h, name, 4, big);
		put_u(h + 4, i == 1 ? 1 : 3, 4, big);	/* PROGBITS, STRTAB */
		if (is64) {
			put_u(h + 24, off, 8, big);
			put_u(h + 32, size, 8, big);
			put_u(h + 48, 1, 8, big);
		} else {
			put_u(h + 16, off, 4, big);
			put_u(h + 20, size, 4, big);
			put_u(h + 32, 1, 4, big);
		}
	}
	lay->sec_at = shoff + se;
	lay->strtab_hdr_at = shoff + 2 * se;
	*total = n;
	return b;
}

/* Write `data` as DIR/fz.gox, start afresh and look up fz's function. */
static const xfunc *try_fz(const char *dir, const void *data, size_t n,
			   const char *file, const char *func)
{
	char *path = path2(dir, file);

	if (!write_file(path, data, n))
		printf("cannot write %s\n", path);
	free(path);
	setup(dir, NULL);
	return xdata_lookup("fz", func);
}

static void test_elf_variants(void)
{
	char *dir = path2(tmpdir, "elf");
	unsigned char *raw, *e;
	struct elf_layout lay;
	size_t rn, en;
	int is64, big;

	mkdirs(dir);
	raw = fixture_raw(&rn);
	CHECK(raw != NULL);
	if (!raw) {
		free(dir);
		return;
	}
	/* the raw data alone, as a file */
	CHECK(try_fz(dir, raw, rn, "fz.gox", "Id") != NULL);
	for (is64 = 0; is64 < 2; is64++)
		for (big = 0; big < 2; big++) {
			const xfunc *f;

			e = build_elf(is64, big, raw, rn, &en, &lay);
			f = try_fz(dir, e, en, "fz.gox", "Two");
			if (!f)
				printf("ELF%d %s not read\n", is64 ? 64 : 32,
				       big ? "MSB" : "LSB");
			CHECK(f != NULL);
			CHECK_INT(param(f, 0)->esc, 0x82);
			free(e);
		}
	free(raw);
	free(dir);
}

/* Corrupt one field of a good ELF64 file; the result must be NULL. */
static void elf_corrupt(const char *dir, const unsigned char *good, size_t n,
			size_t at, uint64_t v, int size, const char *what)
{
	unsigned char *b = malloc(n);
	const xfunc *f;

	memcpy(b, good, n);
	if (at + (size_t)size <= n)
		put_u(b + at, v, size, 0);
	f = try_fz(dir, b, n, "fz.gox", "Id");
	if (f)
		printf("corrupt ELF read anyway: %s\n", what);
	CHECK(f == NULL);
	free(b);
}

static void test_bad_elf(void)
{
	char *dir = path2(tmpdir, "badelf");
	unsigned char *raw, *e, *fix;
	struct elf_layout lay;
	size_t rn, en, fn, cut;
	int bad;

	mkdirs(dir);
	raw = fixture_raw(&rn);
	fix = fixture(&fn);
	CHECK(raw && fix);
	if (!raw || !fix) {
		free(raw);
		free(fix);
		free(dir);
		return;
	}
	e = build_elf(1, 0, raw, rn, &en, &lay);
	CHECK(try_fz(dir, e, en, "fz.gox", "Id") != NULL);
	elf_corrupt(dir, e, en, lay.shoff_at, en, 8, "shoff = size");
	elf_corrupt(dir, e, en, lay.shoff_at, en - 10, 8, "shoff near end");
	elf_corrupt(dir, e, en, lay.shoff_at, UINT64_MAX - 8, 8,
		    "shoff huge");
	elf_corrupt(dir, e, en, lay.shoff_at, 0, 8, "shoff 0");
	elf_corrupt(dir, e, en, lay.shnum_at, 0xfff0, 2, "shnum big");
	elf_corrupt(dir, e, en, lay.shentsize_at, 8, 2, "shentsize small");
	elf_corrupt(dir, e, en, lay.shstrndx_at, 7, 2, "shstrndx out");
	elf_corrupt(dir, e, en, lay.shstrndx_at, 0xffff, 2, "shstrndx xindex");
	elf_corrupt(dir, e, en, lay.sec_at + 24, en, 8, "sec offset = size");
	elf_corrupt(dir, e, en, lay.sec_at + 24, UINT64_MAX - 4, 8,
		    "sec offset huge");
	elf_corrupt(dir, e, en, lay.sec_at + 32, en, 8, "sec size > file");
	elf_corrupt(dir, e, en, lay.sec_at + 32, UINT64_MAX, 8,
		    "sec size wraps");
	elf_corrupt(dir, e, en, lay.sec_at + 32, rn - 5, 8,
		    "sec size short");
	elf_corrupt(dir, e, en, lay.sec_at + 4, 8, 4, "sec NOBITS");
	elf_corrupt(dir, e, en, lay.sec_at + 8, 0x800, 8, "sec compressed");
	elf_corrupt(dir, e, en, lay.sec_at, 0xffffff, 4, "sec name out");
	elf_corrupt(dir, e, en, lay.sec_at, 20, 4, "sec name at end");
	elf_corrupt(dir, e, en, lay.strtab_hdr_at + 24, UINT64_MAX, 8,
		    "strtab offset huge");
	elf_corrupt(dir, e, en, lay.strtab_hdr_at + 32, UINT64_MAX / 2, 8,
		    "strtab size huge");
	elf_corrupt(dir, e, en, 4, 3, 1, "bad class");
	elf_corrupt(dir, e, en, 5, 0, 1, "bad data encoding");
	/* a shnum of 0 means "see section 0", which says 0 */
	elf_corrupt(dir, e, en, lay.shnum_at, 0, 2, "shnum 0");

	/* gccgo's own .gox cut anywhere: the section headers are at the
	 * end, so nothing short of the whole file is usable */
	bad = 0;
	for (cut = 0; cut < fn; cut += cut < 128 ? 1 : 7)
		if (try_fz(dir, fix, cut, "fz.gox", "Id") != NULL) {
			printf("truncated .gox read: %zu bytes\n", cut);
			bad++;
		}
	CHECK_INT(bad, 0);
	CHECK(try_fz(dir, fix, fn, "fz.gox", "Id") != NULL);
	free(e);
	free(raw);
	free(fix);
	free(dir);
}

static void test_bad_text(void)
{
	static const char *const bad[] = {
		"",
		"v3;\n",
		"v3;\npackage fz\n",
		"v3;\npackage fz\npkgpath fz\n",
		"v3;\npackage fz\npkgpath fz\nfunc Id (p <esc:0x12> <type 5>)\n",
		"v2;\npackage fz;\npkgpath fz;\nchecksum 00;\n",
		"v9;\npackage fz\npkgpath fz\nchecksum 00\n",
		"garbage garbage garbage garbage\n",
		"v3;\npackage fz\npkgpath fz\ntypes 99999999 1 5\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\ntypes 3 1 10 10\ntype 1 \nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\ntypes 2 1 4000000000\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\ntypes 3 1 18446744073709551615 5\n"
		"type 1 \"T\" <type -1>\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\ntypes 2 5 1\nx\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\ntypes 2 1 22\n"
		"type 2 \"T\" <type -1>\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\ntypes 2 1 26\n"
		"type 1 \"T\" <type -1>\n func (\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a <type -11>) <inl:99999999>\n {}\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a <esc:zz> <type -11>)\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a <esc:0x123456789> <type -11>)\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a <esc:0x> <type -11>)\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a ...<type -11>, b <type -11>)\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (((((((((\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a <type 99999999999999999999>)\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F (a <type -11>) (x <type\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func F () <inl:5>\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func /*bogus*/ F ()\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func (r <type 1> F ()\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\n"
		"func <p99 F ()\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\nfrob\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\nfunc F ()\nchecksum 0",
		"v3;\npackage \npkgpath fz\nfunc F ()\nchecksum 0\n",
		"v3;\npackage fz\nfunc F ()\nchecksum 0\n",
		"v3;\npackage fz\npkgpath fz\nfunc F ()\nchecksum 0\n"
		"v3;\npackage fz\npkgpath fz\nfunc G (\n",
	};
	char *dir = path2(tmpdir, "badtext");
	size_t i;

	mkdirs(dir);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const xfunc *f = try_fz(dir, bad[i], strlen(bad[i]), "fz.gox",
					"F");

		if (f)
			printf("bad data read: case %zu\n", i);
		CHECK(f == NULL);
		CHECK(xdata_package_file("fz") == NULL);
	}
	/* NUL bytes in the middle */
	{
		static const char nul[] = "v3;\npackage fz\npkgpath fz\n"
					  "func F (a\0 <type -11>)\nchecksum 0\n";

		CHECK(try_fz(dir, nul, sizeof(nul) - 1, "fz.gox", "F") == NULL);
	}
	free(dir);
}

/* Hand-written data using every feature of the format. */
static const char *const good_types[] = {
	"type 1 \"T\" notinheap <type 5>\n"
	" func /*nointerface*/ (t <esc:0x9> <type 6>) M (a <esc:0x1> "
	"<type -11>, b ...<type -11>) <inl:9>\n"
	"  // x:1\n",
	"type 2 \"A\" = <type -11>\n",
	"type 3 \".fz.u\" \"fz\" <type -11>\n"
	" func (? <type 3>) get () <type -11>\n",
	"type 4 \"io.Reader\" <type -11>\n"
	" func (r <esc:0x1> <type 4>) Read () <type -11>\n",
	"type 5 struct { }\n",
	"type 6 *<type 1>\n",
};

static void test_good_text(void)
{
	static const char head[] =
		"v3;\n"
		"package fz\n"
		"pkgpath fz\n"
		"package q example.com/q example_0com_1q\n"
		"import io io \"io\"\n"
		"indirectimport sync sync\n"
		"init fz fz..import\n"
		"init_graph 0 1\n";
	static const char tail[] =
		"const C = \"x;y\" \n"
		"var V <type -11>\n"
		"func /*asm c_f */ F (? <esc:0x1> <type 6>) (r <esc:0x12> "
		"<type 6>, ? <type -11>) <inl:10>\n"
		" // x:2\n"
		"x\n"
		"func <p1>G (a <type -11>)\n"
		"func .h ()\n"
		"func (s <esc:0x1> <type 6>) Top ()\n"
		"checksum 0123456789ABCDEF0123456789ABCDEF01234567\n"
		"v3;\n"
		"package fz2\n"
		"prefix pre\n"
		"func K ()\n"
		"checksum 0123456789ABCDEF0123456789ABCDEF01234567\n";
	const size_t ntypes = sizeof(good_types) / sizeof(good_types[0]);
	struct buf good = { 0 };
	char line[256];
	size_t i;
	char *dir = path2(tmpdir, "goodtext");
	const xfunc *f;

	buf_str(&good, head);
	snprintf(line, sizeof(line), "types %zu 3", ntypes + 1);
	buf_str(&good, line);
	for (i = 0; i < ntypes; i++) {
		snprintf(line, sizeof(line), " %zu", strlen(good_types[i]));
		buf_str(&good, line);
	}
	buf_str(&good, "\n");
	for (i = 0; i < ntypes; i++)
		buf_str(&good, good_types[i]);
	buf_str(&good, tail);

	mkdirs(dir);
	f = try_fz(dir, good.p, good.n, "fz.gox", "F");
	CHECK(f != NULL);
	CHECK_INT(f ? f->nparams : -1, 1);
	CHECK(param(f, 0)->name == NULL);
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK_INT(f ? f->nresults : -1, 2);
	CHECK_STR(NAME(result(f, 0)), "r");
	CHECK_INT(result(f, 0)->has_esc, 1);
	CHECK_INT(result(f, 0)->esc, 0x12);
	CHECK(result(f, 1)->name == NULL);
	f = xdata_lookup("fz", "T.M");
	CHECK_INT(f ? f->nparams : -1, 3);
	CHECK_INT(param(f, 0)->esc, 0x9);
	CHECK_INT(param(f, 2)->variadic, 1);
	CHECK_INT(param(f, 2)->has_esc, 0);
	f = xdata_lookup("fz", "u.get");
	CHECK(f != NULL);
	CHECK(param(f, 0)->name == NULL);
	CHECK(xdata_lookup("fz", "h") != NULL);
	CHECK(xdata_lookup("fz", "G") == NULL);
	CHECK(xdata_lookup("fz", "Reader.Read") == NULL);
	/* a method at top level, receiver *T */
	CHECK(xdata_lookup("fz", "T.Top") != NULL);
	/* the second block: "prefix pre" + package fz2, which no search
	 * finds by its path; xdata_import() makes it known */
	CHECK(xdata_lookup("pre.fz2", "K") == NULL);
	setup(dir, NULL);
	CHECK_STR(xdata_import("fz"), "fz");
	f = xdata_lookup("pre.fz2", "K");
	CHECK_STR(f ? f->pkgpath : NULL, "pre.fz2");
	CHECK(xdata_lookup("fz", "K") == NULL);
	buf_free(&good);
	free(dir);
}

/* Every prefix of good export data is refused; the whole is accepted. */
static void test_truncated_raw(void)
{
	char *dir = path2(tmpdir, "trunc");
	unsigned char *raw;
	size_t rn, cut;
	int bad = 0;

	mkdirs(dir);
	raw = fixture_raw(&rn);
	CHECK(raw != NULL);
	if (!raw) {
		free(dir);
		return;
	}
	for (cut = 0; cut < rn; cut++)
		if (try_fz(dir, raw, cut, "fz.gox", "Id") != NULL ||
		    xdata_lookup("fz", "Sum") != NULL) {
			printf("truncated data read: %zu of %zu\n", cut, rn);
			bad++;
		}
	CHECK_INT(bad, 0);
	CHECK(try_fz(dir, raw, rn, "fz.gox", "Id") != NULL);
	free(raw);
	free(dir);
}

/* Random damage must not crash (or, under valgrind, misread). */
static void test_random_damage(void)
{
	char *dir = path2(tmpdir, "damage");
	unsigned char *fix, *raw, *b;
	size_t fn, rn, i;
	uint32_t seed = 12345;
	int round, found = 0;

	mkdirs(dir);
	fix = fixture(&fn);
	raw = fixture_raw(&rn);
	CHECK(fix && raw);
	if (!fix || !raw) {
		free(fix);
		free(raw);
		free(dir);
		return;
	}
	for (round = 0; round < 400; round++) {
		int use_raw = round & 1;
		size_t n = use_raw ? rn : fn;
		int flips = 1 + round % 4;

		b = malloc(n);
		memcpy(b, use_raw ? raw : fix, n);
		for (i = 0; i < (size_t)flips; i++) {
			seed = seed * 1103515245u + 12345u;
			b[(seed >> 8) % n] = (unsigned char)(seed >> 24);
		}
		if (try_fz(dir, b, n, "fz.gox", "Id"))
			found++;
		xdata_lookup_symbol("fz.T.Set");
		free(b);
	}
	CHECK(found < 400);
	printf("note: %d of 400 damaged files still gave fz.Id\n", found);
	free(fix);
	free(raw);
	free(dir);
}

static void ar_member(struct buf *b, const char *name, const void *data,
		      size_t len, const char *size_field)
{
	char h[61];

	snprintf(h, sizeof(h), "%-16s%-12s%-6s%-6s%-8s%-10s`\n", name, "0",
		 "0", "0", "644", size_field);
	buf_add(b, h, 60);
	buf_add(b, data, len);
	if (len & 1)
		buf_add(b, "\n", 1);
}

static void ar_member_n(struct buf *b, const char *name, const void *data,
			size_t len)
{
	char size[16];

	snprintf(size, sizeof(size), "%zu", len);
	ar_member(b, name, data, len, size);
}

static void test_archives(void)
{
	static const char names[] = "a_very_long_member_name_indeed.o/\n";
	char *dir = path2(tmpdir, "ar");
	struct buf b = { 0 };
	unsigned char *fix;
	size_t fn;

	mkdirs(dir);
	fix = fixture(&fn);
	CHECK(fix != NULL);
	if (!fix) {
		free(dir);
		return;
	}
	/* symbol table, long-name table, junk, then the Go object */
	buf_str(&b, "!<arch>\n");
	ar_member_n(&b, "/", "\0\0\0\0", 4);
	ar_member_n(&b, "//", names, sizeof(names) - 1);
	ar_member_n(&b, "junk.txt/", "hello", 5);
	ar_member_n(&b, "/0", fix, fn);
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") != NULL);
	CHECK(ends_with(xdata_package_file("fz"), "/ar/libfz.a"));
	buf_free(&b);

	/* no Go member */
	buf_str(&b, "!<arch>\n");
	ar_member_n(&b, "junk.txt/", "hello", 5);
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);

	/* a huge member size */
	buf_str(&b, "!<arch>\n");
	ar_member(&b, "x.o/", fix, fn, "9999999999");
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);

	/* a member size one short / non-decimal / bad magic */
	buf_str(&b, "!<arch>\n");
	{
		char size[16];

		snprintf(size, sizeof(size), "%zu", fn - 1);
		ar_member(&b, "x.o/", fix, fn, size);
	}
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);
	buf_str(&b, "!<arch>\n");
	ar_member(&b, "x.o/", fix, fn, "12ab");
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);
	buf_str(&b, "!<arch>\n");
	ar_member_n(&b, "x.o/", fix, fn);
	b.p[8 + 58] = '!';
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);

	/* garbage after the magic, and a truncated header */
	buf_str(&b, "!<arch>\nthis is not an archive header at all, no\n");
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);
	buf_str(&b, "!<arch>\nx.o/ 0 0");
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);

	/* a name without '/' and an extended name index out of range */
	buf_str(&b, "!<arch>\n");
	ar_member_n(&b, "noslash", fix, fn);
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);

	/* thin archives: members are files beside the archive */
	{
		char *member = path2(dir, "thinmember.o");

		write_file(member, fix, fn);
		free(member);
	}
	buf_str(&b, "!<thin>\n");
	{
		char size[16];

		snprintf(size, sizeof(size), "%zu", fn);
		ar_member(&b, "thinmember.o/", NULL, 0, size);
	}
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") != NULL);
	buf_free(&b);
	buf_str(&b, "!<thin>\n");
	ar_member(&b, "//", "missing_member.o/\n", 18, "18");
	ar_member(&b, "/0", NULL, 0, "100");
	ar_member(&b, "/99", NULL, 0, "100");
	CHECK(try_fz(dir, b.p, b.n, "libfz.a", "Id") == NULL);
	buf_free(&b);

	free(fix);
	free(dir);
}

/* ------------------------------------------------------------------ */
/* Packages built with gccgo-12                                        */

static const char p_go[] =
	"package p\n"
	"type T struct{ x *int }\n"
	"type my_type int\n"
	"func (t *T) PM(q *int) *int { t.x = q; return q }\n"
	"func (t T) VM(q *int) *int { return q }\n"
	"func (t *T) unexp(q *int) {}\n"
	"func (m my_type) Method_x() {}\n"
	"func F(a, b *int, c ...*int) (r *int) { return a }\n"
	"func \xc3\x9c" "ber(s []byte) {}\n"
	"var Sink *int\n"
	"func Leak(x *int) { Sink = x }\n";

static int write_src(const char *name, const char *src)
{
	char *path = path2(tmpdir, name);
	int ok = write_file(path, src, strlen(src));

	free(path);
	return ok;
}

/* A package `name` with one function `fn`, compiled into `out`. */
static int build_one(const char *pkgpath, const char *fn, const char *out)
{
	char src[256], cmd[1024];

	snprintf(src, sizeof(src), "package x\nfunc %s(p *int) *int "
		 "{ return p }\n", fn);
	if (!write_src("one.go", src))
		return 0;
	snprintf(cmd, sizeof(cmd), "mkdir -p \"$(dirname '%s')\" && "
		 "gccgo-12 -c -fgo-pkgpath=%s one.go -o one.o && "
		 "case '%s' in *.a) rm -f '%s'; ar rcs '%s' one.o;; "
		 "*.gox) objcopy -j .go_export one.o '%s';; "
		 "*) cp one.o '%s';; esac",
		 out, pkgpath, out, out, out, out, out);
	return sh(cmd);
}

static void test_gccgo_plain(void)
{
	char *inc = path2(tmpdir, "inc");
	const xfunc *f;

	CHECK(write_src("p.go", p_go));
	CHECK(sh("mkdir -p inc && gccgo-12 -c p.go -o inc/p.o"));
	setup(inc, STD_LIBDIR);
	f = xdata_lookup_symbol("go_0p.F");
	CHECK_STR(f ? f->pkgpath : NULL, "go.p");
	CHECK_INT(f ? f->nparams : -1, 3);
	CHECK_INT(param(f, 0)->esc, 0x12);
	CHECK_INT(param(f, 1)->esc, 0x1);
	CHECK_INT(param(f, 2)->variadic, 1);
	CHECK_STR(NAME(result(f, 0)), "r");
	CHECK(xdata_lookup_symbol("go.p.F") == f);
	f = xdata_lookup_symbol("go_0p.T.PM");
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK(xdata_lookup_symbol("go.p.T.PM") == f);
	f = xdata_lookup_symbol("go_0p.T.VM");
	CHECK_INT(param(f, 1)->esc, 0x12);
	CHECK(xdata_lookup_symbol("go_0p.T.unexp") != NULL);
	CHECK(xdata_lookup_symbol("go_0p.my__type.Method__x") != NULL);
	f = xdata_lookup_symbol("go_0p._u00dcber");
	CHECK_STR(f ? f->name : NULL, "\xc3\x9c" "ber");
	f = xdata_lookup_symbol("go_0p.Leak");
	CHECK_INT(param(f, 0)->has_esc, 0);
	CHECK(xdata_lookup_symbol("go_0p.T.VM_0_0stub2") == NULL);
	CHECK(ends_with(xdata_package_file("go.p"), "/inc/p.o"));
	CHECK_STR(xdata_import("p"), "go.p");
	/* the standard library is still found after the -I directory */
	CHECK(xdata_lookup_symbol("fmt.Println") != NULL);

	/* -fgo-prefix: path PREFIX.NAME */
	CHECK(sh("gccgo-12 -c -fgo-prefix=my.pre p.go -o inc/p.o"));
	setup(inc, NULL);
	f = xdata_lookup_symbol("my_0pre_0p.F");
	CHECK_STR(f ? f->pkgpath : NULL, "my.pre.p");
	CHECK(xdata_lookup_symbol("go_0p.F") == NULL);

	/* no escape analysis: no notes, still found */
	CHECK(sh("gccgo-12 -c -fno-go-optimize-allocs "
		 "-fgo-pkgpath=nonotes p.go -o inc/nonotes.o"));
	setup(inc, NULL);
	f = xdata_lookup_symbol("nonotes.F");
	CHECK(f != NULL);
	CHECK_INT(param(f, 0)->has_esc, 0);
	CHECK_INT(param(f, 1)->has_esc, 0);
	CHECK_INT(param(f, 2)->has_esc, 0);
	f = xdata_lookup_symbol("nonotes.T.PM");
	CHECK_INT(f ? f->nparams : -1, 2);
	CHECK_INT(param(f, 0)->has_esc, 0);
	free(inc);
}

static void test_gccgo_containers(void)
{
	char *lib = path2(tmpdir, "L");
	char *so = path2(tmpdir, "S");
	const xfunc *f;

	/* an archive under DIR/go/12, package path with dots and dashes */
	CHECK(write_src("p.go", p_go));
	CHECK(sh("gccgo-12 -c -fgo-pkgpath=example.com/x-y/q.v2 p.go -o q.o "
		 "&& mkdir -p L/go/12/example.com/x-y && echo junk > junk.txt "
		 "&& ar rcs L/go/12/example.com/x-y/libq.v2.a junk.txt q.o"));
	setup(NULL, lib);
	f = xdata_lookup_symbol("example_0com_1x_x2dy_1q_0v2.F");
	CHECK_STR(f ? f->pkgpath : NULL, "example.com/x-y/q.v2");
	CHECK_INT(param(f, 0)->esc, 0x12);
	CHECK(xdata_lookup_symbol("example.com/x-y/q.v2.F") == f);
	CHECK(xdata_lookup_symbol("example.com/x-y/q.v2.T.VM") != NULL);
	CHECK(ends_with(xdata_package_file("example.com/x-y/q.v2"),
			"/L/go/12/example.com/x-y/libq.v2.a"));

	/* a thin archive */
	CHECK(sh("gccgo-12 -c -fgo-pkgpath=thin p.go -o L/thin.o && "
		 "rm -f L/libthin.a && ar rcsT L/libthin.a L/thin.o"));
	setup(NULL, lib);
	f = xdata_lookup_symbol("thin.F");
	CHECK(f != NULL);
	CHECK(ends_with(xdata_package_file("thin"), "/L/libthin.a"));

	/* a shared library */
	CHECK(sh("mkdir -p S && gccgo-12 -shared -fPIC -fgo-pkgpath=so1 "
		 "p.go -o S/libso1.so"));
	setup(so, NULL);
	f = xdata_lookup_symbol("so1.T.PM");
	CHECK_INT(param(f, 0)->esc, 0x1);
	CHECK(ends_with(xdata_package_file("so1"), "/S/libso1.so"));

	/* a .gox made the way go build makes them */
	CHECK(sh("gccgo-12 -c -fgo-pkgpath=gx/y p.go -o gx.o && "
		 "mkdir -p S/gx && objcopy -j .go_export gx.o S/gx/y.gox"));
	setup(so, NULL);
	CHECK(xdata_lookup_symbol("gx_1y.F") != NULL);
	CHECK(ends_with(xdata_package_file("gx/y"), "/S/gx/y.gox"));
	free(lib);
	free(so);
}

/* The file names tried in one directory, in gccgo's order. */
static void test_search_suffixes(void)
{
	char *d = path2(tmpdir, "D");
	int ok = 1;

	ok &= build_one("ord", "Bare", "D/ord");
	ok &= build_one("ord", "Gox", "D/ord.gox");
	ok &= build_one("ord", "Arch", "D/libord.a");
	ok &= build_one("ord", "Obj", "D/ord.o");
	CHECK(ok);
	setup(d, NULL);
	CHECK(xdata_lookup("ord", "Bare") != NULL);
	CHECK(xdata_lookup("ord", "Gox") == NULL);
	CHECK(sh("rm D/ord && mkdir D/ord"));	/* a directory does not count */
	setup(d, NULL);
	CHECK(xdata_lookup("ord", "Gox") != NULL);
	CHECK(xdata_lookup("ord", "Bare") == NULL);
	CHECK(sh("rm D/ord.gox"));
	setup(d, NULL);
	CHECK(xdata_lookup("ord", "Arch") != NULL);
	CHECK(sh("rm D/libord.a"));
	setup(d, NULL);
	CHECK(xdata_lookup("ord", "Obj") != NULL);
	CHECK(sh("rm D/ord.o"));
	setup(d, NULL);
	CHECK(xdata_lookup("ord", "Obj") == NULL);
	CHECK(xdata_package_file("ord") == NULL);
	free(d);
}

/* The order of the directories: -L's go/VERSION, go/VERSION/TARGET, the
 * -I directories in option order, then the plain -L directories. */
static void test_search_dirs(void)
{
	char *i1 = path2(tmpdir, "I1"), *l2 = path2(tmpdir, "L2");
	int ok = 1;

	ok &= build_one("dirs", "A", "I1/dirs.o");
	ok &= build_one("dirs", "B", "L2/go/12/dirs.o");
	ok &= build_one("dirs", "C", "L2/go/12/x86_64-linux-gnu/dirs.o");
	ok &= build_one("dirs", "D", "L2/dirs.o");
	CHECK(ok);
	xdata_reset();
	xdata_set_version("12", "x86_64-linux-gnu");
	xdata_add_library_dir(l2);
	xdata_add_include_dir(i1);
	CHECK(xdata_lookup("dirs", "B") != NULL);
	CHECK(sh("rm L2/go/12/dirs.o"));
	xdata_reset();
	xdata_add_library_dir(l2);
	xdata_add_include_dir(i1);
	CHECK(xdata_lookup("dirs", "C") != NULL);
	CHECK(sh("rm L2/go/12/x86_64-linux-gnu/dirs.o"));
	xdata_reset();
	xdata_add_library_dir(l2);
	xdata_add_include_dir(i1);
	CHECK(xdata_lookup("dirs", "A") != NULL);
	CHECK(sh("rm I1/dirs.o"));
	xdata_reset();
	xdata_add_library_dir(l2);
	xdata_add_include_dir(i1);
	CHECK(xdata_lookup("dirs", "D") != NULL);

	/* another version: go/12 is not searched, go/13 is */
	CHECK(build_one("dirs", "E", "L2/go/13/dirs.o"));
	xdata_reset();
	xdata_set_version("13", "x86_64-linux-gnu");
	xdata_add_library_dir(l2);
	CHECK(xdata_lookup("dirs", "E") != NULL);
	/* no go/15: the plain -L directory */
	xdata_reset();
	xdata_set_version("15", "x86_64-linux-gnu");
	xdata_add_library_dir(l2);
	CHECK(xdata_lookup("dirs", "D") != NULL);
	/* another target */
	CHECK(build_one("dirs", "G", "L2/go/13/other-target/dirs.o"));
	CHECK(sh("rm L2/go/13/dirs.o"));
	xdata_reset();
	xdata_set_version("13", "other-target");
	xdata_add_library_dir(l2);
	CHECK(xdata_lookup("dirs", "G") != NULL);

	/* adding a directory later forgets the cached misses */
	xdata_reset();
	CHECK(xdata_lookup("dirs", "D") == NULL);
	xdata_add_include_dir(l2);
	CHECK(xdata_lookup("dirs", "D") != NULL);
	free(i1);
	free(l2);
}

static void test_gccgo(void)
{
	if (!have_gccgo()) {
		printf("SKIP: gccgo-12, ar or objcopy not on PATH: "
		       "packages built by gccgo-12 not tested\n");
		return;
	}
	RUN(test_gccgo_plain);
	RUN(test_gccgo_containers);
	RUN(test_search_suffixes);
	RUN(test_search_dirs);
}

/* ------------------------------------------------------------------ */

static void find_datadir(void)
{
	const char *file = __FILE__, *slash = strrchr(file, '/');
	char rel[512], cwd[256];

	if (slash)
		snprintf(rel, sizeof(rel), "%.*s/data", (int)(slash - file),
			 file);
	else
		snprintf(rel, sizeof(rel), "data");
	if (rel[0] != '/' && getcwd(cwd, sizeof(cwd)))
		snprintf(datadir, sizeof(datadir), "%s/%s", cwd, rel);
	else
		snprintf(datadir, sizeof(datadir), "%s", rel);
}

int main(void)
{
	char cmd[128];

	find_datadir();
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/xdata_test.XXXXXX");
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 1;
	}
	if (have_std()) {
		RUN(test_std_fmt);
		RUN(test_std_methods);
		RUN(test_std_result_leak);
		RUN(test_std_symbols);
		RUN(test_std_all);
	} else {
		printf("SKIP: %s not found: standard library not tested\n",
		       STD_GODIR);
	}
	RUN(test_fixture);
	RUN(test_elf_variants);
	RUN(test_bad_elf);
	RUN(test_bad_text);
	RUN(test_good_text);
	RUN(test_truncated_raw);
	RUN(test_random_damage);
	RUN(test_archives);
	test_gccgo();
	xdata_reset();

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("note: could not remove %s\n", tmpdir);
	return check_done();
}
