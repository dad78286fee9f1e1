/* exportdata.h: escape notes of imported functions, read from gccgo's
 * export data.
 *
 * gccgo writes each package's export data (the "v3;" text format) into the
 * .go_export section of the package's object: a .gox file, lib<name>.so,
 * lib<name>.a (inside an archive member) or <name>.o.  Function and method
 * lines carry, per parameter, an escape note such as "<esc:0x9>".  A
 * parameter without a note escapes.
 *
 * The directories are searched the way gccgo-12 searches imports (checked
 * in go-lang.cc and with strace): in option order, an -I DIR gives DIR and
 * an -L DIR gives DIR/go/VERSION then DIR/go/VERSION/TARGET (each only if it
 * is a directory; TARGET only if VERSION is one); then every -L DIR itself,
 * in order; then the current directory.  VERSION and TARGET are gccgo's,
 * "12" and "x86_64-linux-gnu" by default.  gccgo finds the standard library
 * through the -L directories the driver adds (see `gccgo-12 -v`:
 * -L/usr/lib/gcc/x86_64-linux-gnu/12/../../../x86_64-linux-gnu), so the
 * caller should replay go1's -I and -L options in their order.  Configure
 * before looking things up: adding a directory forgets cached misses only.
 *
 * Memory: packages live until xdata_free_all(); the search path and the
 * version stay until xdata_reset().
 */
#ifndef GOESC_EXPORTDATA_H
#define GOESC_EXPORTDATA_H

#include <stddef.h>

/* Escape note bits (gofrontend escape.h) */
enum {
	XESC_MASK = 7,		/* bits 0-2: escapement */
	XESC_UNKNOWN = 0,
	XESC_NONE = 1,
	XESC_RETURN = 2,
	XESC_SCOPE = 3,
	XESC_HEAP = 4,
	XESC_NEVER = 5,
	XESC_CONTENT = 8,	/* bit 3: the content escapes */
	XESC_RESULT_SHIFT = 4,	/* then 3 bits per result: level+1, 0 = none */
	XESC_RESULT_BITS = 3,
};

/* Search path */
void xdata_add_include_dir(const char *dir);	/* a -I directory */
void xdata_add_library_dir(const char *dir);	/* a -L directory */
void xdata_set_version(const char *version, const char *target);

/* One parameter or result of an imported function. */
typedef struct xparam {
	const char *name;	/* NULL for "?" (unnamed) */
	int has_esc;		/* an <esc:...> note was present */
	unsigned esc;		/* its value */
	int variadic;		/* ...T */
} xparam;

typedef struct xfunc {
	const char *pkgpath;	/* "fmt", "encoding/json" */
	const char *name;	/* "Println", or "Buffer.WriteString" for a method */
	int nparams;		/* receiver first, for a method */
	int value_recv;		/* a method with a value receiver, which gccgo
				   passes by address (its note is about the
				   value) */
	xparam *params;
	int nresults;
	xparam *results;
} xfunc;

/* The function an assembler name such as "fmt.Println",
 * "encoding_1json.Marshal" or "bytes.Buffer.WriteString" refers to, from its
 * package's export data; NULL if the package or the function is not found.
 * The unencoded name that GIMPLE dumps show (DECL_NAME, e.g.
 * "encoding/json.Marshal", "go.p.T.M") is accepted too.  Names containing
 * ".." (closures, thunks, stubs, descriptors) give NULL.  Unexported names
 * are written without their dot ("bytes.Buffer.grow").  Results are cached,
 * including misses. */
const xfunc *xdata_lookup_symbol(const char *asmname);

/* The same, by package path and name ("Println", "Buffer.WriteString"). */
const xfunc *xdata_lookup(const char *pkgpath, const char *name);

/* Is name a package-level variable of the package (by its export data)? */
int xdata_is_var(const char *pkgpath, const char *name);

/* Where the package's export data was found, or NULL. */
const char *xdata_package_file(const char *pkgpath);

/* The contents of section `section` of the object file at path, or of all
 * its members concatenated if it is an archive: malloc'd and
 * NUL-terminated (*len bytes before the NUL), or NULL if there is none. */
char *xdata_file_section(const char *path, const char *section, size_t *len);

/* Find the package that `import "importpath"` reads, as gccgo does, and
 * return its package path (e.g. "go.p" for import "p" of a package compiled
 * without -fgo-pkgpath), or NULL.  Lookups by that path (and by the path of
 * any other package in the same file) then find it.  Lookups find such
 * packages without this call too, by trying the last dot-separated element
 * of the path as an import path, but only this is exact (relative imports,
 * other import paths). */
const char *xdata_import(const char *importpath);

void xdata_free_all(void);

/* xdata_free_all(), and forget the search path and the version too. */
void xdata_reset(void);

#endif
