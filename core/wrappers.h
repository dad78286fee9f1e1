/* wrappers.h: gc's -m=2 explanations for the method wrappers it makes
 * (see wrappers.c). */
#ifndef GOESC_WRAPPERS_H
#define GOESC_WRAPPERS_H

#include "gosrc.h"
#include "report.h"

/* For the package made of files[0..n) whose solved functions are
 * fns[0..nfns): the explanations gc prints, at -m=2, for the parameters
 * of the wrappers it generates (promoted methods, (*T).M of value
 * methods, I.M of interface methods), added to out. */
void esc_wrapper_report(gosrc **files, int n, esc_fn **fns, int nfns,
			esc_msgs *out);

#endif
