/* goesc.h: what the plugin's files share: the options. */
#ifndef GOESC_GOESC_H
#define GOESC_GOESC_H

#define GOESC_VERSION "0.1"

struct goesc_options {
	int m;		/* gc's -m level: 0 (nothing), 1 or 2 */
	int dump;	/* -fplugin-arg-goesc-dump */
	int verbose;	/* -fplugin-arg-goesc-verbose */
	const char *summaries;	/* -fplugin-arg-goesc-summaries=DIR, "off" */
	const char *std_tags;	/* -fplugin-arg-goesc-std-tags=FILE, "off" */
	int format_gc;	/* -fplugin-arg-goesc-format=gc: gc's lines on stdout */
	const char *json;	/* -fplugin-arg-goesc-json=DIR, or NULL */
	const char *dot;	/* -fplugin-arg-goesc-dot=DIR, or NULL */
	int stack;	/* -fplugin-arg-goesc-stack: GOESC_STACK_* */
	long long stack_frame;	/* -fplugin-arg-goesc-stack-frame=BYTES */
};

enum { GOESC_STACK_OFF, GOESC_STACK_ON, GOESC_STACK_CHECK };

extern struct goesc_options goesc_opts;

/* -fkeep-static-functions as the command line had it (the plugin sets the
 * flag for the analysis; with the stack transform on, unused functions are
 * dropped again afterwards unless the user asked for them). */
extern int goesc_user_keep_static;

/* Tell the export-data reader where gccgo looks for imports (imports.c). */
void goesc_imports_init(void);

#endif
