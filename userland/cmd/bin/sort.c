/*
 * sort [-abdfmnru] [-tx] [+pos [-pos]] ... [-o name] [name ...]:
 * sort the lines of the named files ("-" or none: the standard input)
 * together onto the standard output.
 *
 * As V6's sort: the default key is the whole line, compared in ASCII
 * with lower-case letters mapped to upper case and non-ASCII bytes
 * ignored; lines whose keys are all equal are put in order with every
 * byte significant (never reversed).  Flags, for every key:
 *   -a  do not map lower case to upper     -b  skip blanks that lead a field
 *   -d  only letters, digits and blanks count
 *   -n  an initial number (blanks, -, digits, a decimal point) by value
 *   -r  reverse the order of the keys
 *   -tx fields end with the character x (else: blanks, then nonblanks)
 * +m.n starts a key m fields and n characters into the line; -m.n after
 * it ends it there.  Letters after either (+1nr) are that key's flags,
 * replacing the ones above.  Also: -u prints one of each set of lines
 * with equal keys (V6 had it in usort; its sort -u looped), -f maps case
 * (the default: V7's spelling), -m merges (the input is sorted anyway),
 * -o name writes to name, which may be one of the inputs.
 *
 * Lines are kept in memory; when it is full, the lines so far are sorted
 * into a run on a temporary file and the runs are merged at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NOFOLD	01
#define BLANK	02
#define DICT	04
#define NUM	010
#define REV	020
#define SET	040	/* the key has flags of its own */

#define NKEYS	10
#define NMERGE	8	/* runs merged at once */
#define LINEMAX	1024	/* longest line a merge keeps */

struct key {
	int	bfield, bchar;	/* start: fields, then characters, to skip */
	int	efield, echar;	/* end likewise; efield < 0: the end of the line */
	int	flags;
};

struct key keys[NKEYS];
int nkeys;
int gflags;
int tabc;
int unique;
char *outname;

char *arena;		/* lines from the bottom, pointers to them from the top */
unsigned arenasize;
char *fill;		/* next free byte for a line */
char **lines;		/* the lowest pointer */
int nlines;

char *runname[64];
int nruns;
int runseq;

int linecmp();

/* A fatal error: the message (with name) on the standard error, temporaries removed. */
void
fail(msg, name)
char *msg, *name;
{
	fprintf(stderr, "%s%s\n", msg, name);
	cleanup();
	exit(1);
}

cleanup()
{
	int i;

	for (i = 0; i < nruns; i++)
		unlink(runname[i]);
}

/* A number at *sp (the pointer moves past it). */
int
number(sp)
char **sp;
{
	int n;

	n = 0;
	while (**sp >= '0' && **sp <= '9')
		n = n * 10 + *(*sp)++ - '0';
	return n;
}

/* Flag letters at s into *flags; 0 if a letter is not one. */
int
flagletters(s, flags)
char *s;
int *flags;
{
	for (; *s; s++) {
		switch (*s) {
		case 'a': *flags |= NOFOLD; break;
		case 'b': *flags |= BLANK; break;
		case 'd': *flags |= DICT; break;
		case 'n': *flags |= NUM; break;
		case 'r': *flags |= REV; break;
		case 'f': *flags &= ~NOFOLD; break;
		default: return 0;
		}
	}
	return 1;
}

/* +m.n[flags]: a new key. */
void
startkey(s)
char *s;
{
	struct key *k;

	if (nkeys >= NKEYS)
		fail("too many keys", "");
	k = &keys[nkeys++];
	k->bfield = number(&s);
	if (*s == '.') {
		s++;
		k->bchar = number(&s);
	}
	k->efield = -1;
	if (*s)
		k->flags = SET;
	if (!flagletters(s, &k->flags))
		fail("bad key: +", s);
}

/* -m.n[flags]: the end of the last key. */
void
endkey(s)
char *s;
{
	struct key *k;

	if (nkeys == 0)
		fail("no key to end: -", s);
	k = &keys[nkeys - 1];
	k->efield = number(&s);
	if (*s == '.') {
		s++;
		k->echar = number(&s);
	}
	if (*s)
		k->flags |= SET;
	if (!flagletters(s, &k->flags))
		fail("bad key end: -", s);
}

/* -flags, -tx, -u, -m, -o: 1 if the next argument was taken too. */
int
option(s, next)
char *s, *next;
{
	char one[2];

	one[1] = 0;
	for (s++; *s; s++) {
		switch (*s) {
		case 't':
			if (s[1] == 0)
				fail("sort: -t needs a character", "");
			tabc = *++s;
			break;
		case 'u': unique = 1; break;
		case 'm': break;
		case 'o':
			if (next == 0)
				fail("sort: -o needs a name", "");
			outname = next;
			return 1;
		default:
			one[0] = *s;
			if (!flagletters(one, &gflags))
				fail("sort: unknown flag -", one);
		}
	}
	return 0;
}

/* Where, in line, m fields and then n characters in lie (blanks skipped if b). */
char *
skip(p, m, n, b)
register char *p;
int m, n, b;
{
	while (m-- > 0) {
		if (tabc) {
			while (*p && *p != tabc)
				p++;
			if (*p)
				p++;
		} else {
			while (*p == ' ' || *p == '\t')
				p++;
			while (*p && *p != ' ' && *p != '\t')
				p++;
		}
	}
	if (b)
		while (*p == ' ' || *p == '\t')
			p++;
	while (n-- > 0 && *p)
		p++;
	return p;
}

/*
 * What each ASCII character is worth in a text comparison, by the flags a
 * and d: 0 if it does not count, else itself or its upper case.  (Bytes
 * past ASCII are negative chars and never count.)
 */
char tables[4][128];
char *tabfor[4];

/* The table for flags (made the first time it is asked for). */
char *
table(flags)
int flags;
{
	int i, c;
	char *t;

	i = (flags & NOFOLD ? 1 : 0) | (flags & DICT ? 2 : 0);
	if (tabfor[i])
		return tabfor[i];
	t = tabfor[i] = tables[i];
	for (c = 1; c < 128; c++) {
		t[c] = c;
		if (!(flags & NOFOLD) && c >= 'a' && c <= 'z')
			t[c] = c - 'a' + 'A';
		if (flags & DICT && !(c == ' ' || c == '\t' || (c >= '0' && c <= '9')
		    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
			t[c] = 0;
	}
	return t;
}

/* c = the worth of the next character of the key at p that counts, 0 at its end
 * (e, or the end of the line when e is 0). */
#define NEXT(p, e, c) for (;;) { \
		if (p == e || (c = *p++) == 0) { c = 0; break; } \
		if (c > 0 && (c = tab[c]) != 0) break; }

/* The text keys a (to ea) and b (to eb) compared; a key that ends first is first. */
int
textcmp(a, ea, b, eb, tab)
register char *a, *b;
char *ea, *eb;
register char *tab;
{
	int ca, cb;

	for (;;) {
		NEXT(a, ea, ca);
		NEXT(b, eb, cb);
		if (ca != cb)
			return ca - cb;
		if (ca == 0)
			return 0;
	}
}

/* The number at p (to e): its sign, and where its digits and fraction are. */
struct num {
	int	neg;
	char	*ip, *ie;	/* integer digits, leading zeros skipped */
	char	*fp, *fe;	/* fraction digits */
};

#define DIGIT(p, e)	(p != e && *p >= '0' && *p <= '9')

/* The number at p (to e, or the end of the line when e is 0) into v. */
void
scannum(p, e, v)
register char *p;
char *e;
struct num *v;
{
	v->neg = 0;
	while (p != e && (*p == ' ' || *p == '\t'))
		p++;
	if (p != e && *p == '-') {
		v->neg = 1;
		p++;
	}
	while (p != e && *p == '0')
		p++;
	v->ip = p;
	while (DIGIT(p, e))
		p++;
	v->ie = p;
	v->fp = v->fe = p;
	if (p != e && *p == '.') {
		v->fp = ++p;
		while (DIGIT(p, e))
			p++;
		v->fe = p;
	}
}

/* The magnitudes of two numbers compared. */
int
magcmp(a, b)
struct num *a, *b;
{
	char *p, *q;
	int ca, cb;

	if (a->ie - a->ip != b->ie - b->ip)
		return (a->ie - a->ip) - (b->ie - b->ip);
	for (p = a->ip, q = b->ip; p < a->ie; p++, q++)
		if (*p != *q)
			return *p - *q;
	for (p = a->fp, q = b->fp; p < a->fe || q < b->fe; p++, q++) {
		ca = p < a->fe ? *p : '0';
		cb = q < b->fe ? *q : '0';
		if (ca != cb)
			return ca - cb;
	}
	return 0;
}

/* Is the number zero (so that -0 is 0)? */
int
zero(v)
struct num *v;
{
	char *p;

	if (v->ip != v->ie)
		return 0;
	for (p = v->fp; p < v->fe; p++)
		if (*p != '0')
			return 0;
	return 1;
}

int
numcmp(a, ea, b, eb)
char *a, *ea, *b, *eb;
{
	struct num x, y;
	int sx, sy;

	scannum(a, ea, &x);
	scannum(b, eb, &y);
	sx = zero(&x) ? 0 : x.neg ? -1 : 1;
	sy = zero(&y) ? 0 : y.neg ? -1 : 1;
	if (sx != sy)
		return sx - sy;
	return sx < 0 ? magcmp(&y, &x) : magcmp(&x, &y);
}

/* Two lines compared by one key. */
int
keycmp(a, b, k)
char *a, *b;
struct key *k;
{
	int flags, r;
	char *ka, *kb, *ea, *eb;

	flags = k->flags & SET ? k->flags : gflags;
	ka = skip(a, k->bfield, k->bchar, flags & BLANK);
	kb = skip(b, k->bfield, k->bchar, flags & BLANK);
	if (k->efield < 0)
		ea = eb = 0;
	else {
		ea = skip(a, k->efield, k->echar, flags & BLANK);
		eb = skip(b, k->efield, k->echar, flags & BLANK);
	}
	if (ea && ea < ka)
		ea = ka;
	if (eb && eb < kb)
		eb = kb;
	if (flags & NUM)
		r = numcmp(ka, ea, kb, eb);
	else
		r = textcmp(ka, ea, kb, eb, table(flags));
	return flags & REV ? -r : r;
}

/* Two lines compared by their keys only. */
int
keyscmp(a, b)
char *a, *b;
{
	int i, r;

	if (nkeys == 0) {
		r = gflags & NUM ? numcmp(a, (char *)0, b, (char *)0)
			: textcmp(a, (char *)0, b, (char *)0, table(gflags));
		return gflags & REV ? -r : r;
	}
	for (i = 0; i < nkeys; i++)
		if ((r = keycmp(a, b, &keys[i])) != 0)
			return r;
	return 0;
}

/* Two lines compared: by the keys, then byte by byte (as signed chars, as V6
 * did; a line that is the beginning of another comes first). */
int
linecmp(a, b)
register char *a, *b;
{
	int r;

	if ((r = keyscmp(a, b)) != 0)
		return r;
	while (*a == *b && *a)
		a++, b++;
	if (*a == 0 || *b == 0)
		return (*a != 0) - (*b != 0);
	return *a - *b;
}

/* Sort the n lines at v (a merge sort; tmp has room for n pointers). */
void
msort(v, n, tmp)
char **v, **tmp;
int n;
{
	int h, i, j, k;

	if (n < 2)
		return;
	h = n / 2;
	msort(v, h, tmp);
	msort(v + h, n - h, tmp);
	i = k = 0;
	j = h;
	while (i < h && j < n)
		tmp[k++] = linecmp(v[j], v[i]) < 0 ? v[j++] : v[i++];
	while (i < h)
		tmp[k++] = v[i++];
	while (k-- > 0)		/* what is left of the second half is in place */
		v[k] = tmp[k];
}

/* The memory for lines: as much as malloc gives, up to 40000 bytes. */
void
getarena()
{
	for (arenasize = 40000; arenasize >= 2000; arenasize -= arenasize / 4)
		if ((arena = malloc(arenasize)) != 0)
			break;
	if (arena == 0)
		fail("sort: no memory", "");
	fill = arena;
	lines = (char **)(arena + arenasize);
	nlines = 0;
}

/* The lines in memory, sorted, written to f (one of equal keys if -u). */
void
putlines(f)
FILE *f;
{
	int i;
	char **v;

	v = lines;
	msort(v, nlines, (char **)(arena + ((fill - arena + 1) & ~1)));
	for (i = 0; i < nlines; i++) {
		if (unique && i > 0 && keyscmp(v[i - 1], v[i]) == 0)
			continue;
		fputs(v[i], f);
		putc('\n', f);
	}
}

/* A new temporary file for a run; its name is kept. */
FILE *
newrun()
{
	char name[32];
	FILE *f;

	if (nruns >= 64)
		fail("sort: too many temporary files", "");
	sprintf(name, "/usr/tmp/stm%d%c", getpid(), 'a' + runseq++);
	if ((f = fopen(name, "w")) == 0) {
		sprintf(name, "/tmp/stm%d%c", getpid(), 'a' + runseq - 1);
		if ((f = fopen(name, "w")) == 0)
			fail("sort: can't create temporary file", "");
	}
	runname[nruns++] = strdup(name);
	return f;
}

/* Memory is full: the lines in it go to a run. */
void
spill()
{
	FILE *f;

	f = newrun();
	putlines(f);
	fclose(f);
	fill = arena;
	lines = (char **)(arena + arenasize);
	nlines = 0;
}

/* Room for a line of n bytes, its pointer and the merge sort's pointer? */
int
room(n)
int n;
{
	return (unsigned)(n + 2) + (nlines + 1) * 2 * sizeof(char *)
		<= (unsigned)((char *)lines - fill);
}

/* Take one line of n bytes (no newline) into memory. */
void
keep(s, n)
char *s;
int n;
{
	if (!room(n)) {
		spill();
		if (!room(n))
			fail("sort: line too long", "");
	}
	memcpy(fill, s, n);
	fill[n] = 0;
	*--lines = fill;
	fill += n + 1;
	nlines++;
}

/* Every line of f into memory (a last line without its newline too). */
void
readfile(f)
FILE *f;
{
	static char buf[LINEMAX];
	int c, n;

	n = 0;
	while ((c = getc(f)) != EOF) {
		if (c == '\n') {
			keep(buf, n);
			n = 0;
		} else if (n < LINEMAX - 1)
			buf[n++] = c;
	}
	if (n > 0)
		keep(buf, n);
}

/* The input stream named s ("-" is the standard input). */
void
input(s)
char *s;
{
	FILE *f;

	if (strcmp(s, "-") == 0) {
		readfile(stdin);
		return;
	}
	if ((f = fopen(s, "r")) == 0)
		fail("Can't open ", s);
	readfile(f);
	fclose(f);
}

/* The output stream: -o's file or the standard output. */
FILE *
output()
{
	FILE *f;

	if (outname == 0)
		return stdout;
	if ((f = fopen(outname, "w")) == 0)
		fail("Can't create ", outname);
	return f;
}

/* A line of f into buf without its newline; 0 at the end. */
int
getline(f, buf)
FILE *f;
char *buf;
{
	if (fgets(buf, LINEMAX, f) == 0)
		return 0;
	buf[strlen(buf) - 1] = 0;
	return 1;
}

/* Merge the runs first..first+n-1 onto out. */
void
merge(first, n, out)
int first, n;
FILE *out;
{
	FILE *in[NMERGE];
	char *cur[NMERGE];
	char *last;
	int i, best, live, any;

	live = any = 0;
	last = malloc(LINEMAX);
	for (i = 0; i < n; i++) {
		in[i] = fopen(runname[first + i], "r");
		cur[i] = malloc(LINEMAX);
		if (in[i] == 0 || cur[i] == 0)
			fail("sort: can't merge", "");
		if (getline(in[i], cur[i]))
			live++;
		else {
			fclose(in[i]);
			in[i] = 0;
		}
	}
	while (live > 0) {
		best = -1;
		for (i = 0; i < n; i++)
			if (in[i] && (best < 0 || linecmp(cur[i], cur[best]) < 0))
				best = i;
		if (!(unique && any && keyscmp(last, cur[best]) == 0)) {
			fputs(cur[best], out);
			putc('\n', out);
		}
		strcpy(last, cur[best]);
		any = 1;
		if (!getline(in[best], cur[best])) {
			fclose(in[best]);
			in[best] = 0;
			live--;
		}
	}
	for (i = 0; i < n; i++)
		free(cur[i]);
	free(last);
}

/* Merge every run onto out, NMERGE at a time, the partial merges being runs too. */
void
mergeall(out)
FILE *out;
{
	int first;
	FILE *f;

	free(arena);
	for (first = 0; nruns - first > NMERGE; first += NMERGE) {
		f = newrun();
		merge(first, NMERGE, f);
		fclose(f);
	}
	merge(first, nruns - first, out);
}

int
main(argc, argv)
int argc;
char **argv;
{
	int i, files;
	FILE *out;

	files = 0;
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '+')
			startkey(argv[i] + 1);
		else if (argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9')
			endkey(argv[i] + 1);
		else if (argv[i][0] == '-' && argv[i][1] != 0)
			i += option(argv[i], argv[i + 1]);
		else
			argv[++files] = argv[i];
	}
	getarena();
	if (files == 0)
		readfile(stdin);
	for (i = 1; i <= files; i++)
		input(argv[i]);
	if (nruns > 0)
		spill();
	out = output();
	if (nruns == 0)
		putlines(out);
	else
		mergeall(out);
	fflush(out);
	cleanup();
	return 0;
}
