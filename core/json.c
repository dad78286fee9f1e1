/* json.c: gc's -json=0,DIR optimisation log for the escape analysis's
 * verdicts (see json.h for the model).
 *
 * The log is made from the -m=2 messages: every explanation header
 * ("X escapes to heap:", "parameter p leaks to R with derefs=N:") is one
 * diagnostic and the flow and from lines under it are its related
 * information; every allocation site on the heap adds gc's second, empty
 * "escape" diagnostic.  Writing follows logopt.FlushLoggedOpts: stable sort
 * by file and position, one file per source file, Go's encoding/json.
 */
#include "json.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* --- Go's encodings --- */

/* The rune at s (utf8.DecodeRuneInString): its length, 0 when the bytes
 * are not valid UTF-8 (then Go reads one byte as U+FFFD). */
static int utf8_len(const unsigned char *s, unsigned *rune)
{
	unsigned c = s[0], r;
	int n;

	if (c < 0x80) {
		*rune = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		r = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		r = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		r = c & 0x07;
	} else {
		return 0;
	}
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		r = r << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && r < 0x800) || (n == 4 && (r < 0x10000 || r > 0x10ffff)) ||
	    (r >= 0xd800 && r <= 0xdfff))
		return 0;
	*rune = r;
	return n;
}

void esc_json_string(strbuf *out, const char *str)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)str;

	sb_add(out, "\"");
	while (*s) {
		unsigned c = *s, r;
		if (c < 0x80) {
			s++;
			if (c == '"' || c == '\\') {
				char e[3] = {'\\', (char)c, 0};
				sb_add(out, e);
			} else if (c == '\n') {
				sb_add(out, "\\n");
			} else if (c == '\r') {
				sb_add(out, "\\r");
			} else if (c == '\t') {
				sb_add(out, "\\t");
			} else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
				sb_addf(out, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
			} else {
				char e[2] = {(char)c, 0};
				sb_add(out, e);
			}
			continue;
		}
		int n = utf8_len(s, &r);
		if (n == 0) {
			sb_add(out, "\\ufffd");
			s++;
		} else if (r == 0x2028 || r == 0x2029) {
			sb_addf(out, "\\u202%c", hex[r & 15]);
			s += n;
		} else {
			sb_addn(out, (const char *)s, (size_t)n);
			s += n;
		}
	}
	sb_add(out, "\"");
}

void esc_json_url_escape(strbuf *out, const char *str, int segment)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *s = (const unsigned char *)str; *s; s++) {
		unsigned c = *s;
		int keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			   (c >= '0' && c <= '9') || strchr("-_.~", (int)c) ||
			   strchr("$&+,/:;=@", (int)c);
		if (segment && (c == '/' || c == ';' || c == ','))
			keep = 0;
		if (keep) {
			char e[2] = {(char)c, 0};
			sb_add(out, e);
		} else {
			sb_addf(out, "%%%c%c", hex[c >> 4], hex[c & 15]);
		}
	}
}

void esc_json_file_name(strbuf *out, const char *file)
{
	const char *base = strrchr(file, '/');
	const char *end, *p;
	char *name;

	base = base ? base + 1 : file;
	end = base + strlen(base);
	for (p = base; (p = strstr(p, ".go")); p++)
		end = p;
	name = xstrndup(base, (size_t)(end - base));
	esc_json_url_escape(out, name, 1);
	sb_add(out, ".json");
	free(name);
}

/* --- from messages to diagnostics --- */

static void add_related(esc_json_diag *d, const char *file, gpos pos,
			const char *text, size_t len)
{
	esc_json_related r;
	strbuf m = {0};

	/* gc: "escflow" ": " and its line, which has one more space of
	   indentation than ours */
	sb_add(&m, "escflow:  ");
	sb_addn(&m, text, len);
	r.file = xstrdup(file);
	r.pos = pos;
	r.message = m.s;
	VEC_PUSH(d->related, r);
}

static int starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* "    from E (why) at FILE:L:C": the part before " at ", and FILE. */
static void split_from(const char *text, size_t *len, char **file)
{
	const char *at = NULL;

	for (const char *p = strstr(text, ") at "); p; p = strstr(p + 1, ") at "))
		at = p;
	if (!at) {
		*len = strlen(text);
		*file = NULL;
		return;
	}
	*len = (size_t)(at + 1 - text);
	const char *f = at + 5, *end = f + strlen(f);
	for (int colons = 0; end > f && colons < 2; end--)
		if (end[-1] == ':' && ++colons == 2)
			break;
	*file = end > f ? xstrndup(f, (size_t)(end - 1 - f)) : NULL;
}

/* One flow to the heap straight from an address: gc found it while
 * building the graph ("escapes"), not while walking it ("escape"). */
static int built_escape(const esc_json_diag *d)
{
	int flows = 0, heap = 0;

	for (int i = 0; i < d->related.n; i++) {
		const char *m = d->related.a[i].message;
		if (starts_with(m, "escflow:    flow: ")) {
			flows++;
			heap = starts_with(m, "escflow:    flow: {heap} = &");
		}
	}
	return flows == 1 && heap;
}

void esc_json_add(esc_json_log *log, const esc_msg *msgs, int n)
{
	int first = log->diags.n;
	int *diag_of = xmalloc(((size_t)n + 1) * sizeof(int));

	for (int i = 0; i < n; i++) {
		const esc_msg *m = &msgs[i];
		diag_of[i] = -1;
		if (m->kind == MSG_EXPLAIN) {
			esc_json_diag d;
			size_t len = strlen(m->text);
			memset(&d, 0, sizeof d);
			if (len && m->text[len - 1] == ':')
				len--;
			d.file = xstrdup(m->file);
			d.pos = m->pos;
			d.code = starts_with(m->text, "parameter ") ? "leak" : "escape";
			d.message = xstrndup(m->text, len);
			d.seq = log->diags.n;
			VEC_PUSH(log->diags, d);
			diag_of[i] = log->diags.n - 1;
		} else if (m->kind == MSG_FLOW || m->kind == MSG_FROM) {
			if (m->header < 0 || m->header >= i || diag_of[m->header] < 0)
				continue;
			esc_json_diag *d = &log->diags.a[diag_of[m->header]];
			const char *text = m->text;
			if (m->kind == MSG_FLOW) {
				if (!starts_with(text, "  flow: "))
					continue;	/* the truncation warning */
				/* gc: the first note's position, else the
				   source location's own */
				add_related(d, m->file, m->at.line > 0 ? m->at : d->pos,
					    text, strlen(text));
			} else {
				size_t len;
				char *file;
				split_from(text, &len, &file);
				add_related(d, file ? file : m->file, m->at, text, len);
				free(file);
			}
		} else if (m->kind == MSG_SITE && m->escapes &&
			   !starts_with(m->text, "moved to heap: ")) {
			esc_json_diag d;
			memset(&d, 0, sizeof d);
			d.file = xstrdup(m->file);
			d.pos = m->pos;
			d.code = "escape";
			d.message = xstrdup("");
			d.seq = log->diags.n;
			/* after this batch's explanations, as gc logs them
			   when the analysis finishes */
			VEC_PUSH(log->diags, d);
		}
	}
	for (int i = first; i < log->diags.n; i++) {
		esc_json_diag *d = &log->diags.a[i];
		if (strcmp(d->code, "escape") == 0 && d->related.n && built_escape(d))
			d->code = "escapes";
	}
	/* the site diagnostics were pushed in message order, which puts them
	   after the explanations already (report.c prints those first) */
	free(diag_of);
}

static int cmp_diag(const void *a, const void *b)
{
	const esc_json_diag *x = a, *y = b;
	int c = strcmp(x->file, y->file);

	if (c)
		return c;
	c = gpos_cmp(x->pos, y->pos);
	if (c)
		return c;
	return x->seq - y->seq;
}

void esc_json_sort(esc_json_log *log)
{
	if (log->diags.n > 1)	/* an empty log has no array */
		qsort(log->diags.a, (size_t)log->diags.n, sizeof *log->diags.a,
		      cmp_diag);
}

/* --- writing --- */

static void json_range(strbuf *out, gpos p)
{
	sb_addf(out, "{\"start\":{\"line\":%d,\"character\":%d},"
		     "\"end\":{\"line\":%d,\"character\":%d}}",
		p.line, gpos_gc_json_col(p), p.line, gpos_gc_json_col(p));
}

static void json_uri(strbuf *out, const char *file)
{
	strbuf u = {0};

	sb_add(&u, "file://");
	esc_json_url_escape(&u, file, 0);
	esc_json_string(out, sb_str(&u));
	sb_free(&u);
}

static void json_header(strbuf *out, const esc_json_info *info, const char *file)
{
	sb_add(out, "{\"version\":0,\"package\":");
	if (info->package && *info->package)
		esc_json_string(out, info->package);
	else
		sb_add(out, "\"\\u0000\"");	/* gc's name for no package */
	sb_add(out, ",\"goos\":");
	esc_json_string(out, info->goos ? info->goos : "");
	sb_add(out, ",\"goarch\":");
	esc_json_string(out, info->goarch ? info->goarch : "");
	sb_add(out, ",\"gc_version\":");
	esc_json_string(out, info->version ? info->version : "");
	if (*file) {
		sb_add(out, ",\"file\":");
		esc_json_string(out, file);
	}
	sb_add(out, "}\n");
}

static void json_diag(strbuf *out, const esc_json_diag *d)
{
	sb_add(out, "{\"range\":");
	json_range(out, d->pos);
	sb_add(out, ",\"severity\":3,\"code\":");
	esc_json_string(out, d->code);
	sb_add(out, ",\"source\":\"go compiler\",\"message\":");
	esc_json_string(out, d->message);
	if (d->related.n) {
		sb_add(out, ",\"relatedInformation\":[");
		for (int i = 0; i < d->related.n; i++) {
			const esc_json_related *r = &d->related.a[i];
			sb_add(out, i ? ",{\"location\":{\"uri\":" : "{\"location\":{\"uri\":");
			json_uri(out, r->file);
			sb_add(out, ",\"range\":");
			json_range(out, r->pos);
			sb_add(out, "},\"message\":");
			esc_json_string(out, r->message);
			sb_add(out, "}");
		}
		sb_add(out, "]");
	}
	sb_add(out, "}\n");
}

void esc_json_format(const esc_json_log *log, const esc_json_info *info,
		     const char *file, strbuf *out)
{
	json_header(out, info, file);
	for (int i = 0; i < log->diags.n; i++)
		if (strcmp(log->diags.a[i].file, file) == 0)
			json_diag(out, &log->diags.a[i]);
}

int esc_make_dirs(const char *path)
{
	char *p = xstrdup(path);
	struct stat st;

	for (char *s = p + 1;; s++) {
		if (*s != '/' && *s)
			continue;
		char c = *s;
		*s = 0;
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			int e = errno;
			free(p);
			errno = e;
			return -1;
		}
		*s = c;
		if (!c)
			break;
	}
	if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
		int e = stat(p, &st) != 0 ? errno : ENOTDIR;
		free(p);
		errno = e;
		return -1;
	}
	free(p);
	return 0;
}

static int write_file(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "w");

	if (!f)
		return -1;
	if (fwrite(text, 1, len, f) != len) {
		int e = errno;
		fclose(f);
		errno = e;
		return -1;
	}
	return fclose(f);
}

int esc_json_write(esc_json_log *log, const esc_json_info *info,
		   const char *dir, char **failed)
{
	strbuf sub = {0};
	const char *pkg = info->package && *info->package ? info->package : NULL;
	int rc = 0;

	*failed = NULL;
	sb_add(&sub, dir);
	sb_add(&sub, "/");
	if (pkg)
		esc_json_url_escape(&sub, pkg, 1);
	else
		sb_add(&sub, "%00");
	if (esc_make_dirs(sub.s) != 0) {
		*failed = sub.s;
		return -1;
	}
	esc_json_sort(log);
	for (int i = 0; i < log->diags.n && rc == 0; i++) {
		const char *file = log->diags.a[i].file;
		if (i > 0 && strcmp(file, log->diags.a[i - 1].file) == 0)
			continue;
		strbuf path = {0}, text = {0};
		sb_addf(&path, "%s/", sub.s);
		esc_json_file_name(&path, file);
		esc_json_format(log, info, file, &text);
		if (write_file(path.s, sb_str(&text), text.len) != 0) {
			int e = errno;
			*failed = path.s;
			path.s = NULL;
			errno = e;
			rc = -1;
		}
		sb_free(&path);
		sb_free(&text);
	}
	sb_free(&sub);
	return rc;
}

void esc_json_free(esc_json_log *log)
{
	for (int i = 0; i < log->diags.n; i++) {
		esc_json_diag *d = &log->diags.a[i];
		for (int k = 0; k < d->related.n; k++) {
			free(d->related.a[k].file);
			free(d->related.a[k].message);
		}
		VEC_FREE(d->related);
		free(d->file);
		free(d->message);
	}
	VEC_FREE(log->diags);
}
