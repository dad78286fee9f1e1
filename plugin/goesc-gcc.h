/* goesc-gcc.h: the GCC headers the plugin files use, in the order GCC needs them.
 * Only plugin/ includes this file; the analysis core never sees GCC. */
#ifndef GOESC_GOESC_GCC_H
#define GOESC_GOESC_GCC_H

#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "gimple-pretty-print.h"
#include "ssa.h"
#include "tree-pass.h"
#include "context.h"
#include "cgraph.h"
#include "cfgloop.h"
#include "tree-cfg.h"
#include "diagnostic.h"
#include "langhooks.h"
#include "stringpool.h"
#include "toplev.h"
#include "opts.h"
#include "options.h"
#include "dumpfile.h"
#include "intl.h"
#include "output.h"

#endif
