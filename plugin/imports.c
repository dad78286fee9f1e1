/* imports.c: where gccgo finds imported packages, for the export-data
 * reader: every -I directory, then every -L directory (the gccgo driver
 * passes its library directories as -L), as go1 itself searches them. */
#include "goesc-gcc.h"
#include "core.h"

#include "goesc.h"

void goesc_imports_init(void)
{
	xdata_set_version(GOESC_GO_VERSION, GOESC_TARGET);
	if (goesc_opts.summaries && strcmp(goesc_opts.summaries, "off") != 0)
		esc_summaries_set_dir(goesc_opts.summaries);
	for (unsigned i = 0; i < save_decoded_options_count; i++) {
		const struct cl_decoded_option *o = &save_decoded_options[i];
		if (o->opt_index == OPT_I && o->arg)
			xdata_add_include_dir(o->arg);
		else if (o->opt_index == OPT_L && o->arg)
			xdata_add_library_dir(o->arg);
	}
}
