/* sites.h: gc's kind, name and position for each allocation site, and gc's
 * size rules for them.
 *
 * gccgo places an allocation at the construct's first token or at the
 * callee's name; gc places a call at its '(', a composite literal at its
 * '{', a concatenation at its '+', and prints the construct in its own
 * normalised form ("make([]int, n)", "&T{...}", "... argument").  Both are
 * recovered from the source text with gosrc: the walk says what kind of
 * site it saw and where gccgo put it; this module finds the syntax node and
 * prints it.
 */
#ifndef GOESC_SITES_H
#define GOESC_SITES_H

#include "ir.h"

/* What each runtime.newobject site is in Go terms (new(T), &T{...}, a
 * literal's backing array, a "... argument", a box, a func literal, a
 * method value), from the walk's hints and the syntax at its position. */
void esc_classify_sites(esc_fn *fn);

/* gc's limits (cmd/compile/internal/ir: MaxStackVarSize,
 * MaxImplicitStackVarSize). */
#define ESC_MAX_STACK_VAR_SIZE (10LL * 1024 * 1024)
#define ESC_MAX_IMPLICIT_STACK_VAR_SIZE (64LL * 1024)

/* gc's size rules, which send a site to the heap whatever its flow: an
 * implicit allocation (new, &T{}, make, literals) over 64 KiB, a variable
 * over 10 MiB, a make whose size is not a constant.  Sets heap_reason. */
void esc_judge_sites(esc_fn *fn);

/* Sizes the walk could only tie to a type by its name (named_size) are
 * sure when the package imports no unsafe (without unsafe.Pointer, a
 * pointer is only ever read as a type of the same layout): then they
 * become exact_size. */
void esc_settle_sizes(esc_fn *fn, int package_imports_unsafe);

/* How gc names fn in messages: "(*T).m", "T.m", "f", "f.func1". */
void esc_gc_func_name(esc_fn *fn, strbuf *out);

/* Fill name and pos of every site of fn. */
void esc_name_sites(esc_fn *fn);

#endif
