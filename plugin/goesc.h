/* goesc.h: what the plugin's files share: the options. */
#ifndef GOESC_GOESC_H
#define GOESC_GOESC_H

#define GOESC_VERSION "0.1"

struct goesc_options {
	int m;		/* gc's -m level, 1 or 2 */
	int dump;	/* -fplugin-arg-goesc-dump */
	int verbose;	/* -fplugin-arg-goesc-verbose */
	const char *summaries;	/* -fplugin-arg-goesc-summaries=DIR, "off" */
	const char *std_tags;	/* -fplugin-arg-goesc-std-tags=FILE, "off" */
	int format_gc;	/* -fplugin-arg-goesc-format=gc: gc's lines on stdout */
	const char *json;	/* -fplugin-arg-goesc-json=DIR, or NULL */
	const char *dot;	/* -fplugin-arg-goesc-dot=DIR, or NULL */
};

extern struct goesc_options goesc_opts;

/* Tell the export-data reader where gccgo looks for imports (imports.c). */
void goesc_imports_init(void);

#endif
