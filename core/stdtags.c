/* stdtags.c: gc's tags for the standard library (see stdtags.h). */
#include "stdtags.h"
#include "summaries.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER "goesc std tags 1"

typedef struct tagged {
	char *name;
	int nparams;
	leaks *params;
} tagged;

static VEC(tagged) funcs;
static intmap by_name;		/* hash of the name -> index + 1 */

void esc_stdtags_free(void)
{
	for (int i = 0; i < funcs.n; i++) {
		free(funcs.a[i].name);
		free(funcs.a[i].params);
	}
	VEC_FREE(funcs);
	intmap_free(&by_name);
	memset(&by_name, 0, sizeof by_name);
}

int esc_stdtags_load(const char *path)
{
	FILE *f = path ? fopen(path, "r") : NULL;
	char buf[4096];

	esc_stdtags_free();
	if (!f)
		return 0;
	if (!fgets(buf, sizeof buf, f) || strncmp(buf, HEADER, strlen(HEADER)) != 0) {
		fclose(f);
		return 0;
	}
	while (fgets(buf, sizeof buf, f)) {
		tagged t;
		buf[strcspn(buf, "\r\n")] = 0;
		if (!esc_summaries_parse_line(buf, &t.name, &t.nparams, &t.params))
			continue;
		VEC_PUSH(funcs, t);
		intmap_put(&by_name, str_key(t.name, strlen(t.name)), funcs.n);
	}
	fclose(f);
	return 1;
}

const leaks *esc_stdtags_lookup(const char *asmname, int *nparams)
{
	int i = asmname ? intmap_get(&by_name, str_key(asmname, strlen(asmname)), 0) : 0;

	if (!i || strcmp(funcs.a[i - 1].name, asmname) != 0)
		return NULL;
	*nparams = funcs.a[i - 1].nparams;
	return funcs.a[i - 1].params;
}
