/* core.h: the analysis core, seen from the plugin's C++ translation units.
 * The core is C; its functions have C linkage. */
#ifndef GOESC_PLUGIN_CORE_H
#define GOESC_PLUGIN_CORE_H

extern "C" {
#include "bce.h"
#include "wrappers.h"
#include "bodyless.h"
#include "dot.h"
#include "driver.h"
#include "exportdata.h"
#include "facts.h"
#include "gosrc.h"
#include "graph.h"
#include "ir.h"
#include "../core/json.h"	/* GCC has a json.h of its own */
#include "leaks.h"
#include "mangle.h"
#include "notes.h"
#include "report.h"
#include "runtime.h"
#include "sites.h"
#include "solve.h"
#include "stackplan.h"
#include "summaries.h"
#include "stdtags.h"
#include "util.h"
}

#endif
