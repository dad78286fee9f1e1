/* diag.c: the analysis's messages as GCC notes, or as gc's lines, and the
 * other files goesc writes: gc's JSON log and the graphs.
 *
 * gc prints byte columns and so does every position the analysis keeps;
 * GCC would print display columns (a tab counting up to the next multiple
 * of 8) unless told otherwise, so our notes are printed with the byte
 * column unit.  Only our own notes: gccgo's diagnostics keep whatever the
 * user asked for.  Everything else (-fdiagnostics-format, colours, carets,
 * -fdiagnostics-column-origin) is GCC's, as the user set it.
 *
 * With -fplugin-arg-goesc-format=gc the same messages are printed the way
 * gc prints them, "file:line:col: text" on stdout, batch by batch as they
 * are made (gc too prints its -m lines as it makes them).
 *
 * The JSON log (core/json.c) is gathered batch by batch and written when
 * the unit is done; the graphs (core/dot.c) are written per batch.  A
 * directory that cannot be written is one error, at the option, and the
 * output is off from then on.
 */
#include "goesc-gcc.h"

#include "diag.h"
#include "goesc.h"

#include <sys/stat.h>
#include <unistd.h>

/* The ordinary line map of file that covers line: the last map of that
 * file starting at or before it.  gccgo enters each file once and maps its
 * lines in order, so a file's maps are consecutive with rising lines: the
 * range of the file last asked about is kept, and searched by halves. */
static struct {
	char *file;		/* a copy of the name last asked about */
	unsigned used;		/* LINEMAPS_ORDINARY_USED when found */
	unsigned first, last;	/* the file's maps, last included */
	bool found;
} map_range;

static bool file_maps(const char *file, unsigned *first, unsigned *last)
{
	const line_maps *set = line_table;
	unsigned used = LINEMAPS_ORDINARY_USED(set);

	if (map_range.file && map_range.used == used &&
	    strcmp(map_range.file, file) == 0) {
		*first = map_range.first;
		*last = map_range.last;
		return map_range.found;
	}
	free(map_range.file);
	map_range.file = xstrdup(file);
	map_range.used = used;
	map_range.found = false;
	for (unsigned i = used; i-- > 0;) {
		const char *name = ORDINARY_MAP_FILE_NAME(LINEMAPS_ORDINARY_MAP_AT(set, i));
		bool mine = name && strcmp(name, file) == 0;
		if (mine && !map_range.found) {
			map_range.found = true;
			map_range.last = map_range.first = i;
		} else if (mine) {
			map_range.first = i;
		} else if (map_range.found) {
			break;
		}
	}
	*first = map_range.first;
	*last = map_range.last;
	return map_range.found;
}

location_t goesc_location(const char *file, int line, int col)
{
	unsigned lo, hi;

	if (!file || line <= 0 || !file_maps(file, &lo, &hi))
		return UNKNOWN_LOCATION;
	/* the last map starting at or before line */
	const line_map_ordinary *map = NULL;
	while (lo <= hi) {
		unsigned mid = lo + (hi - lo) / 2;
		const line_map_ordinary *m = LINEMAPS_ORDINARY_MAP_AT(line_table, mid);
		if (ORDINARY_MAP_STARTING_LINE_NUMBER(m) <= (linenum_type)line) {
			map = m;
			lo = mid + 1;
		} else if (mid == 0) {
			break;
		} else {
			hi = mid - 1;
		}
	}
	if (!map)
		return UNKNOWN_LOCATION;
	unsigned bits = map->m_column_and_range_bits - map->m_range_bits;
	if (col < 0 || (bits < 31 && (unsigned)col >= (1u << bits)))
		col = 0;
	return linemap_position_for_line_and_column(line_table, map,
						    (linenum_type)line,
						    (unsigned)col);
}

void goesc_emit(const esc_msgs *msgs)
{
	enum diagnostics_column_unit saved = global_dc->column_unit;

	if (goesc_opts.format_gc) {
		for (int i = 0; i < msgs->v.n; i++) {
			const esc_msg *m = &msgs->v.a[i];
			if (m->pos.line > 0 && gpos_gc_col(m->pos))
				printf("%s:%d:%d: %s\n", m->file, m->pos.line,
				       gpos_gc_col(m->pos), m->text);
			else if (m->pos.line > 0)	/* no column: pos.h */
				printf("%s:%d: %s\n", m->file, m->pos.line,
				       m->text);
			else
				printf("%s\n", m->text);
		}
		fflush(stdout);
		return;
	}
	global_dc->column_unit = DIAGNOSTICS_COLUMN_UNIT_BYTE;
	for (int i = 0; i < msgs->v.n; i++) {
		const esc_msg *m = &msgs->v.a[i];
		inform(goesc_location(m->file, m->pos.line, m->pos.col), "%s",
		       m->text);
	}
	global_dc->column_unit = saved;
}

bool goesc_output_dir(const char *option, const char *dir)
{
	if (esc_make_dirs(dir) == 0 && access(dir, W_OK | X_OK) == 0)
		return true;
	error("goesc: %<-fplugin-arg-goesc-%s=%s%>: cannot write into directory %qs: %s",
	      option, dir, dir, xstrerror(errno));
	return false;
}

static esc_json_log json_log;

void goesc_json_batch(esc_graph *g, esc_solution *sol, const esc_msgs *msgs)
{
	esc_msgs m2;

	if (!goesc_opts.json)
		return;
	if (goesc_opts.m >= 2) {
		esc_json_add(&json_log, msgs->v.a, msgs->v.n);
		return;
	}
	memset(&m2, 0, sizeof m2);
	esc_report(g, sol, 2, &m2);
	esc_json_add(&json_log, m2.v.a, m2.v.n);
	esc_msgs_free(&m2);
}

/* The package path gc would be given (-p): gccgo's -fgo-pkgpath, else the
 * package's name ("main" for a command). */
static const char *package_path(void)
{
	for (unsigned i = 0; i < save_decoded_options_count; i++)
		if (save_decoded_options[i].opt_index == OPT_fgo_pkgpath_ &&
		    save_decoded_options[i].arg)
			return save_decoded_options[i].arg;
	gosrc *src = main_input_filename ? gosrc_get(main_input_filename) : NULL;
	gnode *file = src ? gosrc_ast(src) : NULL;
	return file && file->text ? file->text : "main";
}

/* GOOS and GOARCH of a target triple such as x86_64-linux-gnu. */
static void go_target(const char *triple, char *goos, size_t nos, char *goarch,
		      size_t narch)
{
	static const char *const arch[][2] = {
		{"x86_64", "amd64"}, {"i386", "386"}, {"i486", "386"},
		{"i586", "386"}, {"i686", "386"}, {"aarch64", "arm64"},
		{"arm", "arm"}, {"powerpc64le", "ppc64le"}, {"powerpc64", "ppc64"},
		{"powerpc", "ppc"}, {"s390x", "s390x"}, {"riscv64", "riscv64"},
		{"mips64el", "mips64le"}, {"mips64", "mips64"}, {"mipsel", "mipsle"},
		{"mips", "mips"}, {"sparc64", "sparc64"}, {"loongarch64", "loong64"},
	};
	static const char *const os[] = {
		"linux", "freebsd", "netbsd", "openbsd", "darwin", "solaris",
		"aix", "hurd", "dragonfly",
	};

	snprintf(goarch, narch, "%.*s", (int)strcspn(triple, "-"), triple);
	for (size_t i = 0; i < sizeof arch / sizeof arch[0]; i++)
		if (strncmp(triple, arch[i][0], strlen(arch[i][0])) == 0) {
			snprintf(goarch, narch, "%s", arch[i][1]);
			break;
		}
	snprintf(goos, nos, "unknown");
	for (size_t i = 0; i < sizeof os / sizeof os[0]; i++)
		if (strstr(triple, os[i])) {
			snprintf(goos, nos, "%s", os[i]);
			break;
		}
}

void goesc_json_finish(void)
{
	esc_json_info info;
	char goos[32], goarch[32];
	char *failed = NULL;

	if (!goesc_opts.json)
		return;
	go_target(GOESC_TARGET, goos, sizeof goos, goarch, sizeof goarch);
	info.package = package_path();
	info.goos = goos;
	info.goarch = goarch;
	info.version = "goesc " GOESC_VERSION " (gc go1.19 verdicts, gccgo "
		       GOESC_GO_VERSION ")";
	if (esc_json_write(&json_log, &info, goesc_opts.json, &failed) != 0)
		error("goesc: %<-fplugin-arg-goesc-json=%s%>: cannot write %qs: %s",
		      goesc_opts.json, failed, xstrerror(errno));
	free(failed);
	esc_json_free(&json_log);
}

void goesc_dot_batch(esc_graph *g)
{
	char *failed = NULL;

	if (!goesc_opts.dot)
		return;
	if (esc_dot_write(g, goesc_opts.dot, &failed) != 0) {
		error("goesc: %<-fplugin-arg-goesc-dot=%s%>: cannot write %qs: %s",
		      goesc_opts.dot, failed, xstrerror(errno));
		goesc_opts.dot = NULL;	/* one error is enough */
	}
	free(failed);
}
