/* goesc: gc's escape analysis verdicts for Go code compiled by gccgo.
 *
 * A GCC plugin for gccgo.  For every allocation site and every parameter of
 * the Go functions in the file being compiled, it prints the verdict Go's gc
 * compiler prints with -gcflags=-m, in gc's words and at gc's line:column,
 * as notes:
 *
 *   gccgo-12 -O2 -c -fplugin=build/goesc.so foo.go
 *   foo.go:8:2: note: moved to heap: a
 *
 * Options (-fplugin-arg-goesc-NAME[=VALUE]):
 *   m=0|1|2  gc's -m level: 1 prints the verdicts (the default), 2 adds the
 *            explanations gc prints with -m=2 ("flow:" and "from" lines),
 *            0 prints nothing (for the stack transform alone)
 *   dump     write the pass's dump file, FILE.NNNt.goesc: per function,
 *            the IR the GIMPLE walk produced, the connection graph and
 *            the verdicts (what -fdump-tree-goesc would do, but GCC reads
 *            -fdump-* options before it loads plugins, so it rejects that
 *            spelling; -fdump-tree-all includes the dump too)
 *   summaries=DIR|off
 *            where goesc writes the summaries of the package it compiles
 *            and reads those of the packages it imports (default: next to
 *            each package's object: p.o, p.goesc), or off
 *   std-tags=FILE|off
 *            gc's escape tags for the standard library, used at calls into
 *            it instead of gccgo's (default: goesc-std.tags next to the
 *            plugin, made by `make std-tags`; off: gccgo's export data)
 *   format=gcc|gc
 *            gcc: the verdicts as GCC notes (the default); gc: as gc
 *            prints them, "file:line:col: text" on stdout
 *   json=DIR also write the verdicts as gc's -json=0,DIR does:
 *            DIR/PACKAGE/FILE.json, LSP diagnostics with the -m=2
 *            explanations (whatever m is)
 *   dot=DIR  also write each function's solved graph for Graphviz:
 *            DIR/FUNCTION.dot
 *   stack=on|off|check
 *            on: every allocation the analysis proves stays in its frame,
 *            as gccgo compiled the code, is allocated in the frame (the
 *            default); off: report only; check: on, and each such object
 *            is poisoned (0xd7 bytes) when its function returns
 *   stack-frame=BYTES
 *            the most bytes moved into one frame (default 1 MiB)
 *   verbose  one more note per function saying what in it the analysis did
 *            not understand and read as escaping (unknown GIMPLE, internal
 *            runtime calls it has no model of), if anything
 *   help     print this list
 *
 * What it changes: so that every allocation reaches GIMPLE, it turns off
 * gccgo's frontend allocation optimisation (as -fno-go-optimize-allocs
 * does), and so that every function is reported it keeps unused unexported
 * functions (as -fkeep-static-functions does).  With stack=on it then
 * allocates in the frame what it proves stays there (stack.c) and lets
 * the unused functions go again; with stack=off its passes change
 * nothing.  Loaded into any compiler but gccgo's it does nothing at all.
 *
 * How: a GIMPLE pass after "ssa" lowers each function into the analysis's
 * IR (walk.c); a small IPA pass after all functions are in SSA form solves
 * them, callees first, reports (analyse.c) and rewrites (stack.c).
 */
#include "goesc-gcc.h"
#include "plugin-version.h"

#include <dlfcn.h>

#include "goesc.h"
#include "analyse.h"
#include "diag.h"
#include "walk.h"
#include "core.h"

/* The plugin's only exported symbols (the rest is built hidden, so that
 * none of goesc's names binds to, or stands in for, one of cc1's). */
__attribute__((visibility("default"))) int plugin_is_GPL_compatible;
int goesc_user_keep_static;

struct goesc_options goesc_opts = {1, 0, 0, NULL, NULL, 0, NULL, NULL,
				   GOESC_STACK_ON, ESC_STACK_FRAME_BUDGET};

static const char goesc_help[] =
	"escape analysis verdicts in the words of Go's gc (-gcflags=-m)\n"
	"  -fplugin-arg-goesc-m=0|1|2 gc's -m level: 1 verdicts (default),\n"
	"                             2 with gc's -m=2 explanations, 0 none\n"
	"  -fplugin-arg-goesc-dump    write FILE.NNNt.goesc: the IR, graph and\n"
	"                             verdicts of every function\n"
	"  -fplugin-arg-goesc-summaries=DIR|off\n"
	"                             where to write this package's summaries\n"
	"                             and read imported ones (default: next to\n"
	"                             the objects: p.o, p.goesc)\n"
	"  -fplugin-arg-goesc-std-tags=FILE|off\n"
	"                             gc's tags for the standard library\n"
	"                             (default: goesc-std.tags beside the\n"
	"                             plugin); off: gccgo's export data\n"
	"  -fplugin-arg-goesc-format=gcc|gc\n"
	"                             gcc: verdicts as GCC notes (default);\n"
	"                             gc: as gc prints them, on stdout\n"
	"  -fplugin-arg-goesc-json=DIR\n"
	"                             also write gc's -json=0,DIR log:\n"
	"                             DIR/PACKAGE/FILE.json\n"
	"  -fplugin-arg-goesc-dot=DIR also write each function's graph for\n"
	"                             Graphviz: DIR/FUNCTION.dot\n"
	"  -fplugin-arg-goesc-stack=on|off|check\n"
	"                             on: allocations proven not to escape go\n"
	"                             in the frame (default); off: report only;\n"
	"                             check: on, and poison them on return\n"
	"  -fplugin-arg-goesc-stack-frame=BYTES\n"
	"                             most bytes moved into one frame\n"
	"                             (default 1048576)\n"
	"  -fplugin-arg-goesc-verbose say what the analysis did not understand\n"
	"  -fplugin-arg-goesc-help    print this help\n";

static struct plugin_info goesc_info = {
	"goesc " GOESC_VERSION,
	goesc_help,
};

static const char *const option_names =
	"m, dump, summaries, std-tags, format, json, dot, stack, stack-frame, "
	"verbose, help";

/* Parse -fplugin-arg-goesc-*; false after an error was reported. */
static bool parse_options(struct plugin_name_args *info)
{
	bool ok = true;

	for (int i = 0; i < info->argc; i++) {
		const char *key = info->argv[i].key;
		const char *value = info->argv[i].value;

		if (strcmp(key, "m") == 0) {
			if (!value)
				goesc_opts.m = 1;
			else if (strcmp(value, "0") == 0 || strcmp(value, "1") == 0 ||
				 strcmp(value, "2") == 0)
				goesc_opts.m = value[0] - '0';
			else {
				error("goesc: %<-fplugin-arg-goesc-m=%s%>: the level must be 0, 1 or 2",
				      value);
				ok = false;
			}
		} else if (strcmp(key, "dump") == 0) {
			if (value) {
				error("goesc: %<-fplugin-arg-goesc-dump%> takes no value");
				ok = false;
			}
			goesc_opts.dump = 1;
		} else if (strcmp(key, "summaries") == 0) {
			if (!value || !*value) {
				error("goesc: %<-fplugin-arg-goesc-summaries%> needs a directory or %<off%>");
				ok = false;
			}
			goesc_opts.summaries = value;
		} else if (strcmp(key, "std-tags") == 0) {
			if (!value || !*value) {
				error("goesc: %<-fplugin-arg-goesc-std-tags%> needs a file or %<off%>");
				ok = false;
			}
			goesc_opts.std_tags = value;
		} else if (strcmp(key, "format") == 0) {
			if (value && strcmp(value, "gc") == 0)
				goesc_opts.format_gc = 1;
			else if (value && strcmp(value, "gcc") == 0)
				goesc_opts.format_gc = 0;
			else {
				error("goesc: %<-fplugin-arg-goesc-format%s%s%>: the format must be gcc or gc",
				      value ? "=" : "", value ? value : "");
				ok = false;
			}
		} else if (strcmp(key, "json") == 0 || strcmp(key, "dot") == 0) {
			const char **dir = key[0] == 'j' ? &goesc_opts.json : &goesc_opts.dot;
			if (!value || !*value) {
				error("goesc: %<-fplugin-arg-goesc-%s%> needs a directory", key);
				ok = false;
			} else if (!goesc_output_dir(key, value)) {
				ok = false;
			} else {
				*dir = value;
			}
		} else if (strcmp(key, "stack") == 0) {
			if (value && strcmp(value, "on") == 0)
				goesc_opts.stack = GOESC_STACK_ON;
			else if (value && strcmp(value, "off") == 0)
				goesc_opts.stack = GOESC_STACK_OFF;
			else if (value && strcmp(value, "check") == 0)
				goesc_opts.stack = GOESC_STACK_CHECK;
			else {
				error("goesc: %<-fplugin-arg-goesc-stack%s%s%>: the value must be on, off or check",
				      value ? "=" : "", value ? value : "");
				ok = false;
			}
		} else if (strcmp(key, "stack-frame") == 0) {
			char *end = NULL;
			long long n = value ? strtoll(value, &end, 10) : -1;
			if (!value || !*value || *end || n < 0) {
				error("goesc: %<-fplugin-arg-goesc-stack-frame%s%s%>: the value must be a number of bytes",
				      value ? "=" : "", value ? value : "");
				ok = false;
			} else {
				goesc_opts.stack_frame = n;
			}
		} else if (strcmp(key, "verbose") == 0) {
			if (value) {
				error("goesc: %<-fplugin-arg-goesc-verbose%> takes no value");
				ok = false;
			}
			goesc_opts.verbose = 1;
		} else if (strcmp(key, "help") == 0) {
			fprintf(stderr, "goesc: %s", goesc_help);
		} else {
			error("goesc: unknown option %<-fplugin-arg-goesc-%s%>; valid options are: %s",
			      key, option_names);
			ok = false;
		}
	}
	return ok;
}

/* gccgo's frontend turns allocations it proves local into stack
 * temporaries before GIMPLE exists; switch that off so the walk sees every
 * site, exactly as -fno-go-optimize-allocs would.  go1 exports the switch. */
static bool disable_frontend_allocs(void)
{
	typedef void (*enable_fn)(const char *, int);
	enable_fn enable = (enable_fn)dlsym(RTLD_DEFAULT,
					    "_Z18go_enable_optimizePKci");

	if (!enable)
		return false;
	enable("allocs", 0);
	return true;
}

/* Whether -fno-go-optimize-allocs is on the command line. */
static bool allocs_disabled_by_user(void)
{
	for (unsigned i = 0; i < save_decoded_options_count; i++) {
		const char *text = save_decoded_options[i].orig_option_with_args_text;
		if (text && strcmp(text, "-fno-go-optimize-allocs") == 0)
			return true;
	}
	return false;
}

/* The compile's own files, read at the start of the unit, before gccgo
 * parses them: the plugin reads no source later (a //line directive's
 * target is not read at all), so that its names come from the bytes
 * gccgo compiled (core/gosrc_source.c). */
static void read_sources(void *, void *)
{
	for (unsigned i = 0; i < num_in_fnames; i++)
		gosrc_preload(in_fnames[i]);
	gosrc_seal(1);
}

/* Once gccgo has parsed the files, before the plugin uses any: drop those
 * changed since they were read (gccgo may have parsed another text) and
 * those a line directive makes positions lie about.  For the testsuite,
 * the environment variable GOESC_TEST_AFTER_PARSE names a shell command
 * run just before, to change a file "during the compile". */
static void check_sources(void)
{
	static bool done;

	if (done)
		return;
	done = true;
	const char *hook = getenv("GOESC_TEST_AFTER_PARSE");
	if (hook && *hook && system(hook) != 0)
		warning(0, "goesc: the command in %qs failed", "GOESC_TEST_AFTER_PARSE");
	gosrc_check_inputs();
}

/* -fgo-debug-escape prints what gccgo's own escape analysis does, and
 * -fno-go-optimize-allocs, which the plugin needs, keeps that analysis
 * from running at all: say so rather than print nothing. */
static void warn_debug_escape(void)
{
	bool hash = false;

	for (unsigned i = 0; i < save_decoded_options_count; i++)
		hash |= save_decoded_options[i].opt_index == OPT_fgo_debug_escape_hash_;
	if (go_debug_escape_level > 0 || hash)
		warning(0, "goesc: %qs prints nothing with the plugin loaded: the escape analysis of gccgo is off",
			"-fgo-debug-escape");
}

/* The GIMPLE pass: lower each function into the IR. */
static const pass_data walk_pass_data = {
	GIMPLE_PASS,
	"goesc",
	OPTGROUP_NONE,
	TV_PLUGIN_RUN,		/* -ftime-report: "plugin execution" */
	PROP_ssa | PROP_cfg,
	0, 0, 0, 0,
};

class goesc_walk_pass : public gimple_opt_pass {
public:
	goesc_walk_pass(gcc::context *ctxt) : gimple_opt_pass(walk_pass_data, ctxt) {}
	unsigned int execute(function *fun) final override
	{
		const char *files[256];

		check_sources();
		int n = goesc_walk_files(fun, files, 256);
		if (n <= 1)
			goesc_analyse_add(goesc_walk(fun, NULL), static_pass_number);
		for (int i = 0; n > 1 && i < n; i++)
			goesc_analyse_add(goesc_walk(fun, files[i]),
					  static_pass_number);
		return 0;
	}
};

/* The IPA pass: every function is lowered; solve and report. */
static const pass_data analyse_pass_data = {
	SIMPLE_IPA_PASS,
	"goesc-analyse",
	OPTGROUP_NONE,
	TV_PLUGIN_RUN,		/* -ftime-report: "plugin execution" */
	0, 0, 0, 0, 0,
};

class goesc_analyse_pass : public simple_ipa_opt_pass {
public:
	goesc_analyse_pass(gcc::context *ctxt)
		: simple_ipa_opt_pass(analyse_pass_data, ctxt) {}
	unsigned int execute(function *) final override
	{
		check_sources();
		goesc_analyse_unit();
		return 0;
	}
};

static void register_passes(const char *name)
{
	struct register_pass_info walk;
	struct register_pass_info analyse;

	walk.pass = new goesc_walk_pass(g);
	walk.reference_pass_name = "ssa";
	walk.ref_pass_instance_number = 1;
	walk.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(name, PLUGIN_PASS_MANAGER_SETUP, NULL, &walk);

	analyse.pass = new goesc_analyse_pass(g);
	analyse.reference_pass_name = "build_ssa_passes";
	analyse.ref_pass_instance_number = 1;
	analyse.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(name, PLUGIN_PASS_MANAGER_SETUP, NULL, &analyse);
}

/* gc's tags for the standard library: the file the option names (which
 * must be one), else goesc-std.tags beside the plugin if it is there. */
static bool load_std_tags(const char *plugin_path)
{
	const char *opt = goesc_opts.std_tags;

	if (opt && strcmp(opt, "off") == 0)
		return true;
	if (opt) {
		if (!esc_stdtags_load(opt)) {
			error("goesc: %<-fplugin-arg-goesc-std-tags=%s%>: cannot read a std tags file there",
			      opt);
			return false;
		}
		return true;
	}
	const char *slash = plugin_path ? strrchr(plugin_path, '/') : NULL;
	char *path = slash ? xasprintf("%.*s/goesc-std.tags",
				       (int)(slash - plugin_path), plugin_path)
			   : xstrdup("goesc-std.tags");
	esc_stdtags_load(path);
	free(path);
	return true;
}

__attribute__((visibility("default")))
int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	if (!plugin_default_version_check(version, &gcc_version)) {
		error("goesc: this plugin was built for GCC %s (%s), not for GCC %s (%s); rebuild it against the plugin headers of that GCC",
		      gcc_version.basever, gcc_version.datestamp,
		      version->basever, version->datestamp);
		return 1;
	}
	register_callback(info->base_name, PLUGIN_INFO, NULL, &goesc_info);

	/* Only gccgo: for C, C++ and the rest, change nothing, say nothing. */
	if (!lang_hooks.name || strcmp(lang_hooks.name, "GNU Go") != 0)
		return 0;
	if (!parse_options(info))
		return 0;
	if (!disable_frontend_allocs() && !allocs_disabled_by_user()) {
		error("goesc: cannot switch off the allocation optimisation of the gccgo frontend in this compiler; compile with %<-fno-go-optimize-allocs%>");
		return 0;
	}
	if (!load_std_tags(info->full_name))
		return 0;
	warn_debug_escape();
	goesc_user_keep_static = flag_keep_static_functions;
	flag_keep_static_functions = 1;
	goesc_imports_init();
	register_callback(info->base_name, PLUGIN_START_UNIT, read_sources, NULL);
	register_passes(info->base_name);
	if (goesc_opts.dump)
		g->get_dumps()->dump_switch_p("tree-goesc");
	return 0;
}
