/* util.h: the small pieces every core module uses: checked allocation,
 * growable arrays, a string buffer, UTF-8 and a string hash.  Out of
 * memory ends the process with a message (the plugin cannot do anything
 * useful without memory). */
#ifndef GOESC_UTIL_H
#define GOESC_UTIL_H

#include <stddef.h>
#include <stdarg.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable array: declare as `VEC(int) v = {0};`, then VEC_PUSH(v, x). */
#define VEC(T)                                                              \
	struct {                                                            \
		T *a;                                                       \
		int n, cap;                                                 \
	}
#define VEC_GROW(v, want)                                                   \
	do {                                                                \
		if ((want) > (v).cap) {                                     \
			int c_ = (v).cap ? (v).cap * 2 : 8;                 \
			while (c_ < (want))                                 \
				c_ *= 2;                                    \
			(v).a = (__typeof__((v).a))xrealloc((v).a, (size_t)c_ * sizeof *(v).a); \
			(v).cap = c_;                                       \
		}                                                           \
	} while (0)
/* Room for exactly `want` elements when there is less: for vectors whose
 * final size is known, or that mostly stay tiny. */
#define VEC_RESERVE(v, want)                                                \
	do {                                                                \
		if ((want) > (v).cap) {                                     \
			(v).a = (__typeof__((v).a))xrealloc((v).a, (size_t)(want) * sizeof *(v).a); \
			(v).cap = (want);                                   \
		}                                                           \
	} while (0)
#define VEC_PUSH(v, x)                                                      \
	do {                                                                \
		VEC_GROW(v, (v).n + 1);                                     \
		(v).a[(v).n++] = (x);                                       \
	} while (0)
#define VEC_FREE(v)                                                         \
	do {                                                                \
		free((v).a);                                                \
		(v).a = NULL;                                               \
		(v).n = (v).cap = 0;                                        \
	} while (0)

/* A string buffer, always NUL-terminated once anything was added. */
typedef struct strbuf {
	char *s;
	size_t len, cap;
} strbuf;

void sb_add(strbuf *b, const char *s);
void sb_addn(strbuf *b, const char *s, size_t n);
void sb_addf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vaddf(strbuf *b, const char *fmt, va_list ap);
const char *sb_str(strbuf *b);	/* "" when empty */
void sb_reset(strbuf *b);
void sb_free(strbuf *b);

/* UTF-8.  utf8_encode writes the code point r to b (room for 4 bytes) and
 * returns how many bytes it took.  utf8_decode reads one sequence of the
 * n bytes at s into *r and returns its length: 0 when n is 0, 1 with
 * *r = U+FFFD for a bad lead or continuation byte or a truncated
 * sequence.  It is laxer than Go's utf8.DecodeRune: overlong forms,
 * surrogates and values above U+10FFFF decode as written. */
size_t utf8_encode(unsigned long r, char *b);
size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *r);

/* The value of hexadecimal digit c, -1 if c is none. */
int hex_digit(int c);

/* The FNV-1a hash of a NUL-terminated string (for hash tables keyed by
 * names). */
size_t str_hash(const char *s);

/* A non-zero 64-bit key for s[0..len) (FNV-1a), for intmaps keyed by
 * names. */
unsigned long long str_key(const char *s, size_t len);

/* A map from non-zero 64-bit keys to ints (open addressing). */
typedef struct intmap {
	unsigned long long *keys;
	int *vals;
	size_t cap, n;
} intmap;

/* The value for key, or `missing`. */
int intmap_get(const intmap *m, unsigned long long key, int missing);
void intmap_put(intmap *m, unsigned long long key, int val);
void intmap_free(intmap *m);
#endif
