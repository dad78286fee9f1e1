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

#endif
