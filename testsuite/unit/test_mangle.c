/* test_mangle.c: unit tests of core/mangle.c, gccgo's encoding of names
 * in assembler names.  The expected encodings are gccgo-12's, read with nm
 * from its objects (e.g. -fgo-pkgpath=9fans.net/a$b gives
 * "_x39fans_0net_1a_x24b.F", func 世界 "_u4e16_u754c").
 */
#include "check.h"
#include "mangle.h"

#include <stdlib.h>
#include <string.h>

static void check_decode(const char *in, const char *want)
{
	char *got = mangle_decode_id(in, strlen(in));

	if (want)
		CHECK_STR(got, want);
	else
		CHECK(got == NULL);
	free(got);
}

static void test_decode_id(void)
{
	check_decode("fmt", "fmt");
	check_decode("encoding_1json", "encoding/json");
	check_decode("my__type", "my_type");
	check_decode("_u00dcber", "\xc3\x9c" "ber");
	check_decode("example_0com_1x_x2dy_1p_0v2", "example.com/x-y/p.v2");
	check_decode("_x31abc", "1abc");
	check_decode("_U0001f600", "\xf0\x9f\x98\x80");
	check_decode("_2_3_4_5_6_7_8_9_a_b_c", "*,{}[]()\" ;");
	check_decode("a.b", NULL);
	check_decode("a_", NULL);
	check_decode("_q", NULL);
	check_decode("_x", NULL);
	check_decode("_xzz", NULL);
	check_decode("_x00", NULL);
	check_decode("_u12", NULL);
	check_decode("_ud800", NULL);
	check_decode("_U00110000", NULL);
	check_decode("a-b", NULL);
	check_decode("", NULL);
	CHECK(mangle_decode_id(NULL, 3) == NULL);
	/* only len bytes are read */
	{
		char *s = mangle_decode_id("abc_1def", 3);

		CHECK_STR(s, "abc");
		free(s);
	}
}

static void check_encode(const char *in, const char *want)
{
	char *got = mangle_encode_id(in, strlen(in));

	if (want)
		CHECK_STR(got, want);
	else
		CHECK(got == NULL);
	free(got);
}

static void test_encode_id(void)
{
	check_encode("fmt", "fmt");
	check_encode("encoding/json", "encoding_1json");
	check_encode("my_type", "my__type");
	check_encode("go.p", "go_0p");
	check_encode("example.com/x-y/p.v2", "example_0com_1x_x2dy_1p_0v2");
	check_encode("\xc3\x9c" "ber", "_u00dcber");
	check_encode("\xf0\x9f\x98\x80", "_U0001f600");
	check_encode("1abc", "_x31abc");
	check_encode("a1", "a1");
	check_encode("*,{}[]()\" ;", "_2_3_4_5_6_7_8_9_a_b_c");
	check_encode("9fans.net/a$b", "_x39fans_0net_1a_x24b");
	check_encode("\xe4\xb8\x96\xe7\x95\x8c", "_u4e16_u754c");
	check_encode("", NULL);
	check_encode("\xc3", NULL);		/* truncated */
	check_encode("\xc0\x80", NULL);		/* overlong */
	check_encode("\xed\xa0\x80", NULL);	/* a surrogate */
	check_encode("\xff", NULL);
	CHECK(mangle_encode_id(NULL, 3) == NULL);
	/* a NUL inside, and only len bytes are read */
	CHECK(mangle_encode_id("a\0b", 3) == NULL);
	{
		char *s = mangle_encode_id("a.b/c", 3);

		CHECK_STR(s, "a_0b");
		free(s);
	}
}

/* decode(encode(s)) == s, and encode(decode(e)) == e for gccgo's output. */
static void round_trip(const char *s)
{
	char *e = mangle_encode_id(s, strlen(s));
	char *d = e ? mangle_decode_id(e, strlen(e)) : NULL;
	char *e2 = d ? mangle_encode_id(d, strlen(d)) : NULL;

	CHECK_STR(d, s);
	CHECK_STR(e2, e);
	CHECK(e && !strchr(e, '.'));
	free(e);
	free(d);
	free(e2);
}

static void test_round_trip(void)
{
	char all[128];
	int i;

	round_trip("go.p");
	round_trip("example.com/x-y/p.v2");
	round_trip("my_0pre.p");
	round_trip("__x__");
	round_trip("\xc3\x9c" "ber.\xe4\xb8\x96\xe7\x95\x8c");
	round_trip("\xf0\x9f\x98\x80_\xc3\xa9");
	round_trip("9fans.net/go");
	/* every ASCII character but NUL */
	for (i = 1; i < 128; i++)
		all[i - 1] = (char)i;
	all[127] = '\0';
	round_trip(all);
}

/* The shapes of gccgo's generated names. */
static void test_generated_names(void)
{
	const char *n = "main.f..func1..func2";

	CHECK(mangle_is_closure(n));
	CHECK(!mangle_is_closure("main.f"));
	CHECK_STR(mangle_last_closure(n), "..func2");
	CHECK(mangle_last_closure("main.f") == NULL);
	CHECK_STR(mangle_last_dots("p.T.M..d"), "..d");
	CHECK(mangle_has_suffix("main.f..r", "r"));
	CHECK(!mangle_has_suffix("..r", "r"));		/* nothing before */
	CHECK(!mangle_has_suffix("main.fr", "r"));
	CHECK(mangle_has_suffix("main.f..func1..f", "f"));
	CHECK(mangle_is_pkginit("__go_init_main"));
	CHECK(mangle_is_pkginit("math_1big..import"));
	CHECK(!mangle_is_pkginit("main.import"));
	CHECK(mangle_is_support("__go_new"));
	CHECK(!mangle_is_support("runtime.newobject"));
	CHECK(mangle_is_thunk("main.go..thunk0"));
	CHECK(mangle_is_constant("go..C12"));
	CHECK_STR(mangle_global_literal("main..go..func3"), "func3");
	CHECK(mangle_global_literal("main..go..func3..func1") == NULL);
	CHECK(mangle_global_literal("main.f..func3") == NULL);
}

int main(void)
{
	RUN(test_generated_names);
	RUN(test_encode_id);
	RUN(test_decode_id);
	RUN(test_round_trip);
	return check_done();
}
