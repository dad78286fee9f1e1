/* scripts/passtime.c: a small GCC plugin for scripts/bench that measures
 * the CPU time GCC spends in the passes whose names start with a prefix
 * (default "goesc": goesc's GIMPLE walk "goesc" and its IPA pass
 * "goesc-analyse").  -ftime-report cannot: goesc's passes have no timer of
 * their own (TV_NONE), so their time lands in whatever timer encloses them.
 *
 * GCC calls PLUGIN_PASS_EXECUTION just before each pass runs, and never
 * after; a pass is taken to last until the next pass starts (or the
 * compile ends), which also charges it with its own TODO work.
 *
 *   g++-12 -shared -fPIC -fno-rtti -I$(gcc-12 -print-file-name=plugin)/include \
 *       scripts/passtime.c -o passtime.so
 *   gccgo-12 -fplugin=passtime.so [-fplugin-arg-passtime-prefix=goesc]
 *            [-fplugin-arg-passtime-stop-after=goesc-analyse] ...
 *
 * stop-after=PASS ends the compile (status 0, output incomplete: use -S)
 * when the pass after PASS starts, to spare the optimisation of a huge
 * generated function when only the time before is of interest.
 * prints on stderr, when the compile ends:
 *   passtime: goesc 0.123456 s in 1234 runs; goesc-analyse 0.012345 s in 1 runs
 *   passtime: total 1.234567 s
 * Compiled as C++ (GCC's headers are C++), written in C style. */
#include "gcc-plugin.h"
#include "plugin-version.h"
#include "tree-pass.h"
#include <string.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int plugin_is_GPL_compatible;

#define MAX_PASSES 16

static const char *prefix = "goesc";
static const char *stop_after;
static bool stopping;
static struct {
	const char *name;
	double secs;
	long runs;
} passes[MAX_PASSES];
static int npasses;
static int current = -1;	/* index into passes of the running pass */
static double started;

static void report(void);

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Charge the time since the last event to the pass that was running. */
static void close_current(double now)
{
	if (current >= 0)
		passes[current].secs += now - started;
	current = -1;
}

static void on_pass(void *gcc_data, void *)
{
	opt_pass *pass = (opt_pass *)gcc_data;
	double now = cpu_now();

	close_current(now);
	if (stopping) {
		report();
		fflush(NULL);
		_exit(0);
	}
	if (pass && pass->name && stop_after && strcmp(pass->name, stop_after) == 0)
		stopping = true;
	if (!pass || !pass->name || strncmp(pass->name, prefix, strlen(prefix)) != 0)
		return;
	int i;
	for (i = 0; i < npasses; i++)
		if (strcmp(passes[i].name, pass->name) == 0)
			break;
	if (i == npasses) {
		if (npasses == MAX_PASSES)
			return;
		passes[npasses++].name = pass->name;
	}
	passes[i].runs++;
	current = i;
	started = now;
}

static void report(void)
{
	close_current(cpu_now());
	fprintf(stderr, "passtime:");
	if (npasses == 0)
		fprintf(stderr, " no pass named %s*", prefix);
	for (int i = 0; i < npasses; i++)
		fprintf(stderr, "%s %s %.6f s in %ld runs", i ? ";" : "", passes[i].name,
			passes[i].secs, passes[i].runs);
	fprintf(stderr, "\npasstime: total %.6f s\n", cpu_now());
}

static void on_finish(void *, void *)
{
	report();
}

int plugin_init(struct plugin_name_args *info, struct plugin_gcc_version *version)
{
	if (!plugin_default_version_check(version, &gcc_version)) {
		fprintf(stderr, "passtime: built for another GCC\n");
		return 1;
	}
	for (int i = 0; i < info->argc; i++)
		if (strcmp(info->argv[i].key, "prefix") == 0 && info->argv[i].value)
			prefix = info->argv[i].value;
		else if (strcmp(info->argv[i].key, "stop-after") == 0 && info->argv[i].value)
			stop_after = info->argv[i].value;
	register_callback(info->base_name, PLUGIN_PASS_EXECUTION, on_pass, NULL);
	register_callback(info->base_name, PLUGIN_FINISH, on_finish, NULL);
	return 0;
}
