/* mangle.h: gccgo's encoding of Go identifiers and package paths in
 * assembler names (see mangle.c).
 *
 * An assembler name is PKGPATH.NAME for a function and PKGPATH.TYPE.NAME
 * for a method, each component encoded on its own ("encoding_1json.Marshal",
 * "go_0p.T.M", "go_0p._u00dcber"); these functions encode and decode one
 * component.
 */
#ifndef GOESC_MANGLE_H
#define GOESC_MANGLE_H

#include <stddef.h>

/* Encode one component of an assembler name, as gccgo's go_encode_id
 * does ("encoding/json" -> "encoding_1json", "my_type" -> "my__type",
 * "Über" -> "_u00dcber"): a malloc'd string, or NULL if s[0..len) is
 * empty, holds a NUL or is not valid UTF-8. */
char *mangle_encode_id(const char *s, size_t len);

/* Decode one component of an assembler name ("encoding_1json" ->
 * "encoding/json", "my__type" -> "my_type", "_u00dcber" -> "Über"): a
 * malloc'd string, or NULL if s[0..len) is not a valid encoding. */
char *mangle_decode_id(const char *s, size_t len);

/* gccgo's names for what it generates (a function's assembler name, or
 * its DECL_NAME, which has the same shape):
 *   F..funcN          a func literal in F (nested: F..func1..func2)
 *   F..r              F's body, when F calls recover
 *   p.go..thunkN      a thunk: a method value's, a go or defer's
 *   p.F..f, p.T.M..d  a function's, a method's descriptor variable
 *   p..go..funcN      a func literal in a package-level initialiser
 *   __go_init_main, P..import   the package's initialiser
 *   __go_*            runtime support; go..C*  constants
 * Nothing here decodes: these are tests of the shape. */
int mangle_is_closure(const char *name);
int mangle_is_thunk(const char *name);
int mangle_is_pkginit(const char *name);
int mangle_is_support(const char *name);	/* __go_* */
int mangle_is_constant(const char *name);	/* go..C* */
/* Does name end in "..SUFFIX" ("r", "f", "d") with something before? */
int mangle_has_suffix(const char *name, const char *suffix);
/* The last "..funcN" of a closure's name (what is before it names the
 * function it is in), the last ".." of any name; NULL if none. */
const char *mangle_last_closure(const char *name);
const char *mangle_last_dots(const char *name);
/* A func literal of a package-level initialiser, p..go..funcN: "funcN",
 * else NULL. */
const char *mangle_global_literal(const char *name);

#endif
