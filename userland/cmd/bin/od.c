/*
 * od [-format] [file] [[+]offset[.][b]]: dump a file (or the standard
 * input) 16 bytes to a line, each line led by its offset in octal.
 *
 * Formats, any together, printed in this order whatever order they are
 * given in: o words in octal (the default), d words in unsigned decimal,
 * h words in hexadecimal, c bytes as characters (\0 \t \n \\ for those, \?
 * for any other that does not print), b bytes in octal.  Other letters
 * are ignored, as V6's od ignored them.  Together, the formats share one
 * field width per word, the widest of theirs, so the columns line up.
 * Data is dumped in whole words: an odd last byte is shown beside a zero.
 *
 * The offset is octal, decimal with a ".", in 512-byte blocks with a "b";
 * with a "+" it may stand alone, the input then being the standard input.
 * Dumping starts there (the input is read up to it, so a pipe will do),
 * and a decimal offset makes every offset printed decimal.  The last line
 * is the offset of the end.
 */
#include <stdio.h>
#include <stdlib.h>

#define NFMT	5
static char fmtletters[] = "odhcb";	/* the formats, in the order printed */
static int fmtwidth[] = { 7, 6, 5, 6, 8 };	/* the width of one word in each */
static int on[NFMT];
static int width;		/* the field of one word: the widest chosen */
static int decimal;		/* offsets in decimal */

/* Choose the formats whose letters are in s; the field width follows. */
static void
formats(s)
char *s;
{
	int i;

	for (; *s; s++)
		for (i = 0; i < NFMT; i++)
			if (*s == fmtletters[i])
				on[i] = 1;
	for (i = 0; i < NFMT && !on[i]; i++)
		;
	if (i == NFMT)
		on[0] = 1;
	for (i = 0; i < NFMT; i++)
		if (on[i] && fmtwidth[i] > width)
			width = fmtwidth[i];
}

/* The offset that s spells. */
static long
offset(s)
char *s;
{
	long oct, dec;

	if (*s == '+')
		s++;
	oct = dec = 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		oct = oct * 8 + *s - '0';
		dec = dec * 10 + *s - '0';
	}
	if (*s == '.') {
		decimal = 1;
		oct = dec;
		s++;
	}
	if (*s == 'b')
		oct *= 512;
	return oct;
}

static void
address(a)
long a;
{
	printf(decimal ? "%07ld" : "%07lo", a);
}

/* Pad a word's field from its format's own width n to the common width. */
static void
pad(n)
int n;
{
	while (n++ < width)
		putchar(' ');
}

/* One byte as the c format shows it, in three columns. */
static void
character(c)
int c;
{
	if (c == '\\')
		printf(" \\\\");
	else if (c > ' ' - 1 && c < 0177)
		printf("  %c", c);
	else if (c == 0)
		printf(" \\0");
	else if (c == '\t')
		printf(" \\t");
	else if (c == '\n')
		printf(" \\n");
	else
		printf(" \\?");
}

/* One word w (bytes lo, hi) in format f. */
static void
word(f, lo, hi)
int f, lo, hi;
{
	unsigned w;

	w = hi << 8 | lo;
	pad(fmtwidth[f]);
	switch (fmtletters[f]) {
	case 'o':
		printf(" %06o", w);
		break;
	case 'd':
		printf(" %05u", w);
		break;
	case 'h':
		printf(" %04x", w);
		break;
	case 'c':
		character(lo);
		character(hi);
		break;
	case 'b':
		printf(" %03o %03o", lo, hi);
		break;
	}
}

/* The lines of one chunk: n bytes (padded to whole words) at address a. */
static void
chunk(buf, n, a)
char *buf;
int n;
long a;
{
	int f, i, first;

	first = 1;
	for (f = 0; f < NFMT; f++) {
		if (!on[f])
			continue;
		if (first)
			address(a);
		else
			printf("       ");
		first = 0;
		for (i = 0; i < n; i += 2)
			word(f, buf[i] & 0377, buf[i + 1] & 0377);
		putchar('\n');
	}
}

int
main(argc, argv)
int argc;
char **argv;
{
	FILE *in;
	char buf[16];
	long a, start;
	int c, n;

	argv++;
	argc--;
	if (argc > 0 && **argv == '-') {
		formats(*argv + 1);
		argv++;
		argc--;
	} else
		formats("");
	in = stdin;
	if (argc > 0 && **argv != '+') {
		if ((in = fopen(*argv, "r")) == NULL) {
			printf("cannot open %s\n", *argv);
			exit(1);
		}
		argv++;
		argc--;
	}
	start = argc > 0 ? offset(*argv) : 0;
	for (a = 0; a < start && getc(in) != EOF; a++)
		;
	for (;;) {
		for (n = 0; n < 16 && (c = getc(in)) != EOF; n++)
			buf[n] = c;
		if (n == 0)
			break;
		if (n & 1)
			buf[n] = 0;
		chunk(buf, n, a);
		a += n;
		if (n < 16)
			break;
	}
	address(a);
	printf(" \n");
	return 0;
}
