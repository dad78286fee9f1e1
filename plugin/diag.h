/* diag.h: printing the analysis's messages as GCC notes. */
#ifndef GOESC_DIAG_H
#define GOESC_DIAG_H

#include "core.h"

/* A location for file:line:col (byte column), or UNKNOWN_LOCATION. */
location_t goesc_location(const char *file, int line, int col);

/* Print each message as a note at its position, columns in bytes. */
void goesc_emit(const esc_msgs *msgs);

#endif
