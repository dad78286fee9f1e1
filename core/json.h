/* json.h: the escape analysis's verdicts in the format of gc's -json=0,DIR.
 *
 * gc's optimisation log (cmd/compile/internal/logopt) writes, per package
 * compiled, the directory DIR/<package path, URL-path-escaped>/ and in it
 * one file per source file that has something to say, <base name>.json:
 * a header line
 *
 *   {"version":0,"package":"main","goos":"linux","goarch":"amd64",
 *    "gc_version":"go1.19.8","file":"x.go"}
 *
 * then one LSP diagnostic per line, sorted by position (stably), as Go's
 * encoding/json writes them.  The escape analysis logs three codes:
 *
 *   "escape"   a location escapes during the solver's walk; message
 *              "X escapes to heap", the explanation as relatedInformation
 *              (a parameter moved to the heap, or a variable whose address
 *              reaches the heap by a longer path, looks like this too);
 *              and, when the analysis finishes, once more for each
 *              allocation site (not variables) on the heap, with an empty
 *              message and no explanation;
 *   "escapes"  an address stored straight into the heap while the graph is
 *              built (sink = &x, too large for stack, non-constant size,
 *              a call argument that leaks): explanation of one flow;
 *   "leak"     a parameter leaks to the heap, a result or an outliving
 *              location: "parameter p leaks to R with derefs=N".
 *
 * Each explanation line is a related information entry: "escflow:    flow:
 * D = &S:" at the position of its first note, and "escflow:      from E
 * (why)" at the note's position.  These are exactly the -m=2 lines of the
 * same verdicts, so the log is built from the -m=2 messages (report.h).
 *
 * What goesc cannot log: gc's other codes (nilcheck, isInBounds, copy, the
 * inliner's), which are not the escape analysis's; the gc_version header
 * field is whatever the caller passes.
 */
#ifndef GOESC_JSON_H
#define GOESC_JSON_H

#include "msgs.h"

typedef struct esc_json_info {
	const char *package;	/* the package path gc's -p would be */
	const char *goos, *goarch;
	const char *version;	/* written as "gc_version" */
} esc_json_info;

typedef struct esc_json_related {
	char *file;
	gpos pos;
	char *message;
} esc_json_related;

typedef struct esc_json_diag {
	char *file;
	gpos pos;
	const char *code;	/* "escape", "escapes", "leak" */
	char *message;
	VEC(esc_json_related) related;
	int seq;		/* order logged, for the stable sort */
} esc_json_diag;

typedef struct esc_json_log {
	VEC(esc_json_diag) diags;
} esc_json_log;

/* Log what gc logs for one batch's -m=2 messages (esc_report with m >= 2),
 * in their order; call once per batch, in the order of the batches. */
void esc_json_add(esc_json_log *log, const esc_msg *msgs, int n);

/* Sort the log as gc does before writing (stable, by file and position). */
void esc_json_sort(esc_json_log *log);

/* The text of the file for source file `file`: the header line and the
 * diagnostics of that file, each line ending in '\n'.  Sort first. */
void esc_json_format(const esc_json_log *log, const esc_json_info *info,
		     const char *file, strbuf *out);

/* Create dir/<package>/ and write one file per source file with
 * diagnostics.  0, or -1 with errno set and *failed = the path that could
 * not be made or written (to free). */
int esc_json_write(esc_json_log *log, const esc_json_info *info,
		   const char *dir, char **failed);

void esc_json_free(esc_json_log *log);

/* Go's ways of writing things, exported for the tests: */
/* a JSON string as encoding/json writes it (HTML-safe, \u00XX, U+FFFD for
 * invalid UTF-8, \u2028 and \u2029 escaped) */
void esc_json_string(strbuf *out, const char *s);
/* url.PathEscape(s) (segment = 1) or the path of a url.URL (segment = 0) */
void esc_json_url_escape(strbuf *out, const char *s, int segment);
/* the base name gc's log file gets: after the last slash, before the last
 * ".go", path-escaped, plus ".json" */
void esc_json_file_name(strbuf *out, const char *file);

/* mkdir -p; 0 or -1 with errno set (also used by dot.c). */
int esc_make_dirs(const char *path);

#endif
