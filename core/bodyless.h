/* bodyless.h: functions the package declares without a body (see
 * bodyless.c). */
#ifndef GOESC_BODYLESS_H
#define GOESC_BODYLESS_H

#include "gosrc.h"
#include "ir.h"

/* Is the declaration preceded by //go:noescape (among the line comments
 * and blank lines just above it, as gc reads directives)? */
int esc_bodyless_noescape(gosrc *src, const gnode *decl);

/* The target of "//go:linkname NAME TARGET" before the declaration of
 * NAME (malloc'd), or NULL. */
char *esc_bodyless_linkname(gosrc *src, const gnode *decl);

/* The IR of body-less function `decl` of src, named `name`: its
 * parameters, each that holds pointers assigned to the heap (in gc's
 * model only under //go:noescape), and its results.  NULL for a method or
 * a declaration with a body. */
esc_fn *esc_bodyless_new(gosrc *src, const gnode *decl, const char *name);

/* gccgo compiles the calls of runtime/internal/atomic's functions into
 * atomic builtins, whose operands the walk models.  Does the builtin
 * called at `at` in fn's file stand for such a call that gc knows leaks
 * nothing more: a call of a function of the package being compiled (a
 * plain name) that has a Go body or is declared //go:noescape?  If so,
 * *result_pointers says whether its result may hold pointers (0 for
 * Load's uint32). */
int esc_bodyless_atomic_callee(esc_fn *fn, gpos at, int *result_pointers);

#endif
