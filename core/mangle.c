/* mangle.c: gccgo's encoding of Go names in assembler names (gofrontend
 * go-encode-id.cc and names.cc, gccgo-12; checked with nm and
 * -fdump-tree-ssa).
 *
 * An assembler name is made of components joined by dots, each encoded on
 * its own: PKGPATH.NAME for a function, PKGPATH.TYPE.NAME for a method
 * ("fmt.Println", "encoding_1json.Marshal", "go_0p.T.M",
 * "example_0com_1x_x2dy_1p_0v2.F", "go_0p.my__type.Method__x",
 * "go_0p._u00dcber").  PKGPATH is the package path: -fgo-pkgpath's, else
 * PREFIX.NAME ("go.p" by default, -fgo-prefix sets PREFIX).
 *
 * Encoding: ASCII letters and digits stay; "__" '_', "_0" '.', "_1" '/',
 * "_2" '*', "_3" ',', "_4" '{', "_5" '}', "_6" '[', "_7" ']', "_8" '(',
 * "_9" ')', "_a" '"', "_b" ' ', "_c" ';'; other ASCII "_xNN" (also a
 * leading digit); other code points "_uNNNN" / "_UNNNNNNNN" (hex digits
 * in lower case).  A component therefore holds no dot, and the decoding
 * is unique.
 */
#include "mangle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The characters with an escape of their own, and their codes. */
static const char special[] = "_0123456789abc";
static const char chars[] = "_./*,{}[]()\" ;";

static int is_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/* Parse n hex digits at s; -1 if any is not one. */
static long hex_n(const char *s, int n)
{
	long v = 0;
	int i;

	for (i = 0; i < n; i++) {
		int d = hex_digit((unsigned char)s[i]);

		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* The code point of the UTF-8 sequence at s[0..n) in *c, and its length;
 * 0 if it is not a valid one (overlong, a surrogate, past U+10FFFF). */
static size_t get_utf8(const unsigned char *s, size_t n, unsigned long *c)
{
	unsigned long v;
	size_t len, i;

	if (s[0] < 0x80) {
		*c = s[0];
		return 1;
	}
	len = s[0] < 0xc2 ? 0 : s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 :
	      s[0] < 0xf5 ? 4 : 0;
	if (!len || n < len)
		return 0;
	v = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
	    v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*c = v;
	return len;
}

char *mangle_encode_id(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	char *out, *q;
	size_t i = 0;

	if (!s || !len || len > ((size_t)-1 - 1) / 4)
		return NULL;
	/* At most four bytes for each byte ("_x2d"; "_u00dc" for two). */
	out = q = xmalloc(4 * len + 1);
	while (i < len) {
		int lead_digit = i == 0 && u[i] >= '0' && u[i] <= '9';
		const char *sp;
		unsigned long c;
		size_t n;

		if (is_alnum(u[i]) && !lead_digit) {
			*q++ = (char)u[i++];
			continue;
		}
		if (u[i] == '\0')
			goto bad;
		if (u[i] < 0x80) {
			sp = lead_digit ? NULL : strchr(chars, u[i]);
			if (sp) {
				*q++ = '_';
				*q++ = special[sp - chars];
			} else {
				q += sprintf(q, "_x%02x", u[i]);
			}
			i++;
			continue;
		}
		n = get_utf8(u + i, len - i, &c);
		if (!n)
			goto bad;
		q += sprintf(q, c < 0x10000 ? "_u%04lx" : "_U%08lx", c);
		i += n;
	}
	*q = '\0';
	return out;
bad:
	free(out);
	return NULL;
}

char *mangle_decode_id(const char *s, size_t len)
{
	char *out, *q;
	size_t i = 0;

	if (!s || !len)
		return NULL;
	/* Every escape is at least as long as what it decodes to. */
	out = q = xmalloc(len + 1);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		const char *sp;
		long v;
		int n;

		if (is_alnum(c)) {
			*q++ = (char)c;
			i++;
			continue;
		}
		if (c != '_' || i + 1 >= len)
			goto bad;
		c = (unsigned char)s[i + 1];
		if (c != '\0' && (sp = strchr(special, c)) != NULL) {
			*q++ = chars[sp - special];
			i += 2;
			continue;
		}
		n = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
		if (!n || len - i - 2 < (size_t)n)
			goto bad;
		v = hex_n(s + i + 2, n);
		if (v <= 0 || (n == 2 && v > 0x7f) || v > 0x10ffff ||
		    (v >= 0xd800 && v <= 0xdfff))
			goto bad;
		q += utf8_encode((unsigned long)v, q);
		i += 2 + n;
	}
	*q = '\0';
	return out;
bad:
	free(out);
	return NULL;
}

int mangle_is_closure(const char *name)
{
	return strstr(name, "..func") != NULL;
}

int mangle_is_thunk(const char *name)
{
	return strstr(name, "..thunk") != NULL;
}

int mangle_is_pkginit(const char *name)
{
	return strcmp(name, "__go_init_main") == 0 || mangle_has_suffix(name, "import");
}

int mangle_is_support(const char *name)
{
	return strncmp(name, "__go_", 5) == 0;
}

int mangle_is_constant(const char *name)
{
	return strncmp(name, "go..C", 5) == 0;
}

int mangle_has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), k = strlen(suffix);

	return n > k + 2 && strncmp(name + n - k - 2, "..", 2) == 0 &&
	       strcmp(name + n - k, suffix) == 0;
}

const char *mangle_last_closure(const char *name)
{
	const char *last = NULL;

	for (const char *p = strstr(name, "..func"); p; p = strstr(p + 1, "..func"))
		last = p;
	return last;
}

const char *mangle_last_dots(const char *name)
{
	const char *last = NULL;

	for (const char *p = strstr(name, ".."); p; p = strstr(p + 2, ".."))
		last = p;
	return last;
}

const char *mangle_global_literal(const char *name)
{
	const char *glob = strstr(name, "..go..func");

	return glob && !strstr(glob + 10, "..") ? glob + 6 : NULL;
}
