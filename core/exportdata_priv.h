/* exportdata_priv.h: what the three files that read gccgo's export data
 * share; the API is exportdata.h.
 *
 *   exportdata.c   the search path, packages and files, lookups
 *   exportfile.c   the export data in a file (.gox, .o, .so, .a)
 *   exporttext.c   the export data text, read into xfuncs; the arena
 *
 * exportdata.c calls the other two, which call neither it nor each other.
 */
#ifndef GOESC_EXPORTDATA_PRIV_H
#define GOESC_EXPORTDATA_PRIV_H

#include <stddef.h>
#include <stdlib.h>

#include "exportdata.h"
#include "util.h"

/* ------------------------------------------------------------------ */
/* exportfile.c                                                        */

/* Export data blobs found in one file (malloc'd). */
struct blobs {
	char **data;
	size_t *len;
	int n, cap;
};

void xdata_file_blobs(int fd, const char *path, struct blobs *out);
void xdata_file_section_blobs(int fd, const char *path, const char *section,
			      struct blobs *out);
void xdata_blobs_free(struct blobs *b);

/* ------------------------------------------------------------------ */
/* exporttext.c                                                        */

/* Memory: one arena for everything that lives until xdata_free_all() */
void *xdata_arena_alloc(size_t n);
char *xdata_arena_strndup(const char *s, size_t n);
char *xdata_arena_strdup(const char *s);
void xdata_arena_free_all(void);

/* A parameter or result as read, pointing into the export data. */
struct pparam {
	const char *name;	/* NULL for "?" */
	size_t namelen;
	int has_esc, variadic;
	unsigned esc;
};

struct pfunc {
	const char *name;
	size_t namelen;
	int foreign;		/* <pN>: another package's function */
	int has_recv;
	long recv_type;
	struct pparam *v;	/* receiver, params, then results */
	int nparams, nresults, cap;
};

/* Parsing state for one file's export data. */
struct parse {
	/* pending results, committed when the whole file parsed */
	const char **paths;	/* each block's package path */
	int npaths, cappaths;
	xfunc **funcs;
	int *func_block;
	int nfuncs, capfuncs;
	char **vars;		/* variables' names */
	int *var_block;
	int nvars, capvars;
	/* the current block */
	const char *pkgpath;
	size_t pkgpath_len;
	unsigned long ntypes;
	const char **tname;	/* per type: this package's type name */
	size_t *tname_len;
	long *tptr;		/* per type: pointed-to type, for *T */
	struct pfunc f;
};

/* All blocks of one blob; trailing bytes that do not start a block are
 * ignored. */
int xdata_read_blob(struct parse *ps, const char *data, size_t len);
void xdata_free_types(struct parse *ps);

#endif
