/* bce.h: gc's "index bounds check elided" lines (see bce.c). */
#ifndef GOESC_BCE_H
#define GOESC_BCE_H

#include "gosrc.h"
#include "msgs.h"

/* Adds to out the lines gc prints for the functions of files[0..n) (the
 * package's files in command-line order), in gc's order. */
void esc_bce_report(gosrc **files, int n, esc_msgs *out);

#endif
