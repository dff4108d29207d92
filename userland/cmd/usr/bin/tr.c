/*
 * tr [-cds] [string1 [string2]]: copy the standard input to the standard
 * output, each character found in string1 replaced by the character at
 * the same place in string2.
 *   -c  string1 stands for every character (1 to 0377) not in it, in order
 *   -d  delete the characters of string1 instead
 *   -s  squeeze a run of one output character to one: the characters
 *       string1's map to (with -d, those of string2)
 * In either string: [a-z] is the characters a to z, [x*n] is x n times
 * (n octal if it starts with 0; none or 0: in string2, as many as fill it
 * to string1's length), \ooo an octal code, \c the character c.  A
 * character string2 has no partner for maps to itself; when string1
 * names a character twice, the last mapping holds.  A string it cannot
 * read is "Bad string" on the standard output, as V6's tr said.  Like
 * V6's tr, it drops NUL bytes from the input.
 */
#include <stdio.h>
#include <stdlib.h>

#define MAXSTR	512

int map[256];		/* what each character becomes */
char del[256];		/* -d: delete it */
char squeeze[256];	/* -s: a run of it becomes one */

/* Give up on a string we cannot read. */
void
bad(void)
{
	fputs("Bad string\n", stdout);
	exit(1);
}

/* One character at *sp, escapes read; the pointer moves past it. */
int
onechar(char **sp)
{
	char *s;
	int c, n;

	s = *sp;
	c = *s++ & 0377;
	if (c == '\\') {
		if (*s >= '0' && *s <= '7') {
			c = 0;
			for (n = 0; n < 3 && *s >= '0' && *s <= '7'; n++)
				c = c * 8 + *s++ - '0';
		} else if (*s)
			c = *s++ & 0377;
		else
			c = 0;
	}
	*sp = s;
	return c & 0377;
}

/* A count after '*': octal if it starts with 0; its end must be ']'. */
int
count(char **sp)
{
	char *s;
	int n, base;

	s = *sp;
	base = *s == '0' ? 8 : 10;
	n = 0;
	while (*s >= '0' && *s <= '9')
		n = n * base + *s++ - '0';
	if (*s++ != ']')
		bad();
	*sp = s;
	return n;
}

/* Spell out string s into out (at most MAXSTR); a fill [x*] makes the
 * result fillto long.  Returns the length. */
int
expand(char *s, int *out, int fillto)
{
	int n, a, b, k;

	n = 0;
	while (*s) {
		if (*s != '[') {
			a = onechar(&s);
			if (n < MAXSTR)
				out[n++] = a;
			continue;
		}
		s++;
		if (*s == 0)
			bad();
		a = onechar(&s);
		if (*s == '-') {
			s++;
			if (*s == 0 || *s == ']')
				bad();
			b = onechar(&s);
			if (*s++ != ']' || b < a)
				bad();
			while (a <= b && n < MAXSTR)
				out[n++] = a++;
		} else if (*s == '*') {
			s++;
			k = count(&s);
			if (k == 0)
				k = fillto > n ? fillto - n : 1;
			while (k-- > 0 && n < MAXSTR)
				out[n++] = a;
		} else
			bad();
	}
	return n;
}

/* -c: the characters 1 to 0377 that string1 does not name, in order. */
int
complement(int *s, int n)
{
	char in[256];
	int i, c;

	for (i = 0; i < 256; i++)
		in[i] = 0;
	for (i = 0; i < n; i++)
		in[s[i]] = 1;
	n = 0;
	for (c = 1; c < 256; c++)
		if (!in[c])
			s[n++] = c;
	return n;
}

/* The tables from the two strings and the flags. */
void
tables(int *s1, int n1, int *s2, int n2, int dflag)
{
	int i;

	for (i = 0; i < 256; i++)
		map[i] = i;
	for (i = 0; i < n1; i++) {
		if (dflag)
			del[s1[i]] = 1;
		else {
			map[s1[i]] = i < n2 ? s2[i] : s1[i];
			squeeze[map[s1[i]]] = 1;
		}
	}
	if (dflag)
		for (i = 0; i < n2; i++)
			squeeze[s2[i]] = 1;
}

/* Copy the standard input through the tables. */
void
translate(int sflag)
{
	int c, last;

	last = -1;
	while ((c = getchar()) != EOF) {
		if (c == 0 || del[c])
			continue;
		c = map[c];
		if (sflag && c == last && squeeze[c])
			continue;
		putchar(c);
		last = c;
	}
}

int
main(int argc, char **argv)
{
	static int s1[MAXSTR], s2[MAXSTR];
	int n1, n2, cflag, dflag, sflag;
	char *p;

	cflag = dflag = sflag = 0;
	if (argc > 1 && argv[1][0] == '-') {
		for (p = argv[1] + 1; *p; p++) {
			if (*p == 'c')
				cflag = 1;
			else if (*p == 'd')
				dflag = 1;
			else if (*p == 's')
				sflag = 1;
		}
		argc--;
		argv++;
	}
	n1 = argc > 1 ? expand(argv[1], s1, 0) : 0;
	if (cflag)
		n1 = complement(s1, n1);
	n2 = argc > 2 ? expand(argv[2], s2, n1) : 0;
	tables(s1, n1, s2, n2, dflag);
	translate(sflag);
	fflush(stdout);
	return 0;
}
