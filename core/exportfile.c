/* exportfile.c: the export data in the file that an import finds (gccgo's
 * import.cc find_export_data and import-archive.cc): the .go_export
 * section of an ELF object (a .gox, a .o, a .so), raw export data, or the
 * .go_export sections of an ar archive's members.  Every offset and size
 * read from a file is checked against the file's size.
 *
 * Verified on gccgo-12 12.2.0 (see exportdata.c):
 *   - In the file found: an object file (ELF, any class and byte order) with
 *     a ".go_export" section; else a file starting with the magic "v1;\n",
 *     "v2;\n" or "v3;\n" (raw export data); else an ar archive ("!<arch>\n"
 *     or thin "!<thin>\n"), whose members' .go_export sections are
 *     concatenated (symbol table members "/" and "/SYM64/", and the "//"
 *     name table, are skipped; a thin archive's members are files named
 *     relative to the archive's directory).
 *   - `objcopy -O binary --only-section=.go_export` writes an empty file
 *     for a .gox (the section is not SHF_ALLOC); readelf -S + dd works.
 *     go build's .gox files are made with `objcopy -j .go_export`.
 */
#include "exportdata_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* Refuse export data larger than this (the biggest in libgo is ~110 KiB). */
#define MAX_EXPORT_SIZE (256u << 20)
/* ... and archive name tables larger than this. */
#define MAX_NAMES_SIZE (16u << 20)

static void blobs_add(struct blobs *b, char *data, size_t len)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 4;
		b->data = xrealloc(b->data, b->cap * sizeof(*b->data));
		b->len = xrealloc(b->len, b->cap * sizeof(*b->len));
	}
	b->data[b->n] = data;
	b->len[b->n] = len;
	b->n++;
}

void xdata_blobs_free(struct blobs *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		free(b->data[i]);
	free(b->data);
	free(b->len);
	memset(b, 0, sizeof(*b));
}

/* Read exactly n bytes at off; 0 on success. */
static int read_at(int fd, uint64_t off, void *buf, size_t n)
{
	const uint64_t max = sizeof(off_t) >= 8 ? INT64_MAX : INT32_MAX;
	char *p = buf;

	if (n > max || off > max - n)
		return -1;
	while (n) {
		ssize_t r = pread(fd, p, n, (off_t)off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
		off += (uint64_t)r;
	}
	return 0;
}

/* Whether [off, off+len) lies within [0, size). */
static int in_bounds(uint64_t off, uint64_t len, uint64_t size)
{
	return off <= size && len <= size - off;
}

/* Malloc'd copy of [off, off+len) of an object at base in fd. */
static char *read_range(int fd, uint64_t base, uint64_t off, uint64_t len)
{
	char *buf;

	if (len > MAX_EXPORT_SIZE || off > UINT64_MAX - base)
		return NULL;
	buf = xmalloc((size_t)len);
	if (read_at(fd, base + off, buf, (size_t)len)) {
		free(buf);
		return NULL;
	}
	return buf;
}

static uint64_t get_u(const unsigned char *p, int n, int big)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < n; i++)
		v |= (uint64_t)p[big ? i : n - 1 - i] << (8 * (n - 1 - i));
	return v;
}

struct elf {
	int is64, big;
	const unsigned char *sh;	/* section headers */
	uint64_t shnum, shentsize;
};

/* A section header field: its offset and size in ELF64, then in ELF32. */
struct shfield {
	unsigned char off64, size64, off32, size32;
};

static const struct shfield sh_name = { 0, 4, 0, 4 };
static const struct shfield sh_type = { 4, 4, 4, 4 };
static const struct shfield sh_flags = { 8, 8, 8, 4 };
static const struct shfield sh_offset = { 24, 8, 16, 4 };
static const struct shfield sh_size = { 32, 8, 20, 4 };
static const struct shfield sh_link = { 40, 4, 24, 4 };

/* Field f of section header i (i < shnum, checked by the caller). */
static uint64_t sh_get(const struct elf *e, uint64_t i, struct shfield f)
{
	const unsigned char *p = e->sh + i * e->shentsize;

	if (e->is64)
		return get_u(p + f.off64, f.size64, e->big);
	return get_u(p + f.off32, f.size32, e->big);
}

#define SHT_NOBITS 8
#define SHF_COMPRESSED 0x800
#define SHN_XINDEX 0xffff

/* The contents of section `want` of the ELF object of `size` bytes at
 * `base` in fd, malloc'd, or NULL (not ELF, no such section, or bad). */
static char *elf_section(int fd, uint64_t base, uint64_t size,
			 const char *want, size_t *plen)
{
	unsigned char eh[64];
	unsigned char *shdrs = NULL;
	char *names = NULL, *data = NULL;
	struct elf e;
	uint64_t shoff, shstrndx, nsize, noff, i;
	size_t wantlen = strlen(want);

	if (size < 52 || read_at(fd, base, eh, size < 64 ? 52 : 64))
		return NULL;
	if (memcmp(eh, "\177ELF", 4) != 0 || (eh[4] != 1 && eh[4] != 2) ||
	    (eh[5] != 1 && eh[5] != 2))
		return NULL;
	e.is64 = eh[4] == 2;
	e.big = eh[5] == 2;
	if (e.is64 && size < 64)
		return NULL;
	if (e.is64) {
		shoff = get_u(eh + 0x28, 8, e.big);
		e.shentsize = get_u(eh + 0x3a, 2, e.big);
		e.shnum = get_u(eh + 0x3c, 2, e.big);
		shstrndx = get_u(eh + 0x3e, 2, e.big);
	} else {
		shoff = get_u(eh + 0x20, 4, e.big);
		e.shentsize = get_u(eh + 0x2e, 2, e.big);
		e.shnum = get_u(eh + 0x30, 2, e.big);
		shstrndx = get_u(eh + 0x32, 2, e.big);
	}
	if (shoff == 0 || e.shentsize < (e.is64 ? 64u : 40u) ||
	    !in_bounds(shoff, e.shentsize, size))
		return NULL;
	if (e.shnum == 0 || shstrndx == SHN_XINDEX) {
		/* More sections than fit the header: counts in section 0. */
		shdrs = (unsigned char *)read_range(fd, base, shoff,
						    e.shentsize);
		if (!shdrs)
			return NULL;
		e.sh = shdrs;
		if (e.shnum == 0)
			e.shnum = sh_get(&e, 0, sh_size);
		if (shstrndx == SHN_XINDEX)
			shstrndx = sh_get(&e, 0, sh_link);
		free(shdrs);
		shdrs = NULL;
	}
	if (e.shnum == 0 || e.shnum > size / e.shentsize ||
	    !in_bounds(shoff, e.shnum * e.shentsize, size) ||
	    shstrndx >= e.shnum)
		return NULL;
	shdrs = (unsigned char *)read_range(fd, base, shoff,
					    e.shnum * e.shentsize);
	if (!shdrs)
		return NULL;
	e.sh = shdrs;

	noff = sh_get(&e, shstrndx, sh_offset);
	nsize = sh_get(&e, shstrndx, sh_size);
	if (sh_get(&e, shstrndx, sh_type) == SHT_NOBITS ||
	    !in_bounds(noff, nsize, size))
		goto out;
	names = read_range(fd, base, noff, nsize);
	if (!names)
		goto out;
	for (i = 0; i < e.shnum; i++) {
		uint64_t name = sh_get(&e, i, sh_name), off, len;

		if (name >= nsize || nsize - name < wantlen + 1 ||
		    memcmp(names + name, want, wantlen + 1) != 0)
			continue;
		off = sh_get(&e, i, sh_offset);
		len = sh_get(&e, i, sh_size);
		if (sh_get(&e, i, sh_type) == SHT_NOBITS ||
		    (sh_get(&e, i, sh_flags) & SHF_COMPRESSED) ||
		    !in_bounds(off, len, size) || len > MAX_EXPORT_SIZE)
			break;
		data = read_range(fd, base, off, len);
		if (data)
			*plen = (size_t)len;
		break;
	}
out:
	free(names);
	free(shdrs);
	return data;
}

/* Parse an ar header's decimal field (digits, then spaces). */
static int ar_decimal(const char *f, int n, uint64_t *v)
{
	int i = 0;

	*v = 0;
	for (; i < n && f[i] >= '0' && f[i] <= '9'; i++) {
		if (*v > (UINT64_MAX - 9) / 10)
			return 0;
		*v = *v * 10 + (uint64_t)(f[i] - '0');
	}
	for (; i < n; i++)
		if (f[i] != ' ')
			return 0;
	return 1;
}

/* Export data of a thin archive's member, a file named relative to the
 * archive's directory. */
static void thin_member(const char *archive, const char *name, size_t len,
			const char *section, struct blobs *out)
{
	const char *slash = strrchr(archive, '/');
	char *member = xmalloc(len + 1), *path;
	struct stat sb;
	size_t dlen;
	int fd;

	memcpy(member, name, len);
	member[len] = '\0';
	if (member[0] == '/' || !slash) {
		path = member;
	} else {
		dlen = (size_t)(slash - archive) + 1;
		path = xmalloc(dlen + len + 1);
		memcpy(path, archive, dlen);
		memcpy(path + dlen, member, len + 1);
		free(member);
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
			size_t dl = 0;
			char *d = elf_section(fd, 0, (uint64_t)sb.st_size,
					      section, &dl);

			if (d)
				blobs_add(out, d, dl);
		}
		close(fd);
	}
	free(path);
}

/* Walk an ar archive (import-archive.cc), collecting the members' export
 * data.  A malformed header ends the walk. */
static void archive_blobs(int fd, const char *path, uint64_t size, int thin,
			  const char *section, struct blobs *out)
{
	char *names = NULL;
	uint64_t nnames = 0, off = 8;

	while (off < size && size - off >= 60) {
		char h[60];
		uint64_t msize, data = off + 60, next;
		const char *name = NULL;
		size_t namelen = 0;
		int special = 0;

		if (read_at(fd, off, h, sizeof(h)) || h[58] != '`' ||
		    h[59] != '\n' || !ar_decimal(h + 48, 10, &msize))
			break;
		if (h[0] != '/') {
			const char *e = memchr(h, '/', 16);

			if (!e)
				break;
			name = h;
			namelen = (size_t)(e - h);
		} else if (h[1] == ' ' || memcmp(h, "/SYM64/ ", 8) == 0) {
			special = 1;
		} else if (h[1] == '/') {
			special = 2;
		} else {
			/* "/N": name at offset N of the "//" member; "/N:M"
			 * in a thin archive: member M of nested archive N */
			uint64_t x = 0;
			int i = 1;

			for (; i < 16 && h[i] >= '0' && h[i] <= '9'; i++)
				x = x * 10 + (uint64_t)(h[i] - '0');
			if (i == 1 || (h[i] != ' ' && h[i] != ':'))
				break;
			if (x < nnames) {
				const char *nl = memchr(names + x, '\n',
							nnames - x);

				if (nl && nl > names + x && nl[-1] == '/') {
					name = names + x;
					namelen = (size_t)(nl - 1 - name);
				}
			}
			if (!name)
				break;	/* gccgo: "bad extended name index" */
			if (thin && h[i] == ':')
				name = NULL;	/* nested archives: skipped */
		}
		next = data;
		if (!thin || special)
			next += msize;
		if (next > size || next < data)
			break;
		if (special == 2 && !names && msize <= MAX_NAMES_SIZE) {
			names = read_range(fd, 0, data, msize);
			nnames = names ? msize : 0;
		} else if (!special && name && namelen) {
			if (thin) {
				thin_member(path, name, namelen, section, out);
			} else {
				size_t dl = 0;
				char *d = elf_section(fd, data, msize,
						      section, &dl);

				if (d)
					blobs_add(out, d, dl);
			}
		}
		off = next + (next & 1);
	}
	free(names);
}

/* All export data in the open file (import.cc find_export_data). */
void xdata_file_blobs(int fd, const char *path, struct blobs *out)
{
	xdata_file_section_blobs(fd, path, ".go_export", out);
}

/* The contents of the named section of the object, or of every member of
 * the archive, that the open file is; for .go_export, raw export data
 * too. */
void xdata_file_section_blobs(int fd, const char *path, const char *section,
			      struct blobs *out)
{
	struct stat sb;
	char magic[8];
	size_t len = 0;
	char *d;

	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < 8)
		return;
	d = elf_section(fd, 0, (uint64_t)sb.st_size, section, &len);
	if (d) {
		blobs_add(out, d, len);
		return;
	}
	if (read_at(fd, 0, magic, sizeof(magic)))
		return;
	if (strcmp(section, ".go_export") == 0 &&
	    (memcmp(magic, "v1;\n", 4) == 0 || memcmp(magic, "v2;\n", 4) == 0 ||
	     memcmp(magic, "v3;\n", 4) == 0)) {
		d = read_range(fd, 0, 0, (uint64_t)sb.st_size);
		if (d)
			blobs_add(out, d, (size_t)sb.st_size);
	} else if (memcmp(magic, "!<arch>\n", 8) == 0) {
		archive_blobs(fd, path, (uint64_t)sb.st_size, 0, section, out);
	} else if (memcmp(magic, "!<thin>\n", 8) == 0) {
		archive_blobs(fd, path, (uint64_t)sb.st_size, 1, section, out);
	}
}
