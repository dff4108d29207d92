/*
 * uniq [-udc [+n] [-n]] [input [output]]: copy input (else the standard
 * input) to output (else the standard output), writing only one of each
 * run of adjacent equal lines.
 *   -u  only the lines that are not repeated
 *   -d  only one copy of the lines that are repeated
 *   -c  every line, preceded by how many times it occurred ("%4d ")
 *   -n  skip n fields (blanks, then nonblanks) before comparing
 *   +n  then skip n characters
 * As V6's: only the first letter of an option counts, and of several
 * options the last one given rules.  The errors (cannot open NAME,
 * cannot create NAME) go to the standard output, as V6's did.  A last
 * line without its newline is a line (V6's uniq dropped it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINESIZE	1000

int mode;		/* 0 (all), 'u', 'd' or 'c' */
int fields;		/* -n */
int chars;		/* +n */

/* Give up with a message on the standard output. */
void
fail(char *msg, char *name)
{
	printf("%s %s\n", msg, name);
	exit(1);
}

/* The next line of f into buf (without its newline); 0 at the end. */
int
getline(FILE *f, char *buf)
{
	int c, n;

	n = 0;
	while ((c = getc(f)) != EOF && c != '\n')
		if (n < LINESIZE - 1)
			buf[n++] = c;
	buf[n] = 0;
	return c != EOF || n > 0;
}

/* Where a line's comparison starts: fields, then characters, skipped. */
char *
key(char *s)
{
	int n;

	for (n = fields; n > 0; n--) {
		while (*s == ' ' || *s == '\t')
			s++;
		while (*s && *s != ' ' && *s != '\t')
			s++;
	}
	for (n = chars; n > 0 && *s; n--)
		s++;
	return s;
}

/* One run of n equal lines, s the first, as the mode says. */
void
emit(FILE *out, char *s, int n)
{
	if (mode == 'u' && n != 1 || mode == 'd' && n == 1)
		return;
	if (mode == 'c')
		fprintf(out, "%4d ", n);
	fputs(s, out);
	putc('\n', out);
}

/* Arguments: the options, then the input and output names. */
void
options(int argc, char **argv, FILE **in, FILE **out)
{
	int i;

	for (i = 1; i < argc && (argv[i][0] == '-' || argv[i][0] == '+'); i++) {
		if (argv[i][0] == '+')
			chars = atoi(argv[i] + 1);
		else if (argv[i][1] >= '0' && argv[i][1] <= '9')
			fields = atoi(argv[i] + 1);
		else if (argv[i][1])
			mode = argv[i][1];
	}
	if (mode != 'u' && mode != 'd' && mode != 'c')
		mode = 0;
	if (i < argc && (*in = fopen(argv[i], "r")) == 0)
		fail("cannot open", argv[i]);
	if (i + 1 < argc && (*out = fopen(argv[i + 1], "w")) == 0)
		fail("cannot create", argv[i + 1]);
}

int
main(int argc, char **argv)
{
	static char a[LINESIZE], b[LINESIZE];
	char *prev, *cur, *t;
	FILE *in, *out;
	int n;

	in = stdin;
	out = stdout;
	options(argc, argv, &in, &out);
	prev = a;
	cur = b;
	if (!getline(in, prev))
		return 0;
	n = 1;
	while (getline(in, cur)) {
		if (strcmp(key(prev), key(cur)) == 0) {
			n++;
			continue;
		}
		emit(out, prev, n);
		t = prev;
		prev = cur;
		cur = t;
		n = 1;
	}
	emit(out, prev, n);
	fflush(out);
	return 0;
}
