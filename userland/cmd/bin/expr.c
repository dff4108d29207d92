/*
 * expr arg ...: evaluate the arguments as an expression and print the
 * result.  Each operator and operand is an argument of its own.
 *
 * V6 had no expr (the pack has none); this is expr as its first manual
 * page (V7's) describes it.  The operators, loosest first, those of one
 * line binding alike and from the left:
 *
 *	a | b	a if it is neither empty nor 0, else b
 *	a & b	a if neither is empty or 0, else 0
 *	a < b   a <= b   a = b   a != b   a >= b   a > b
 *		1 if true, else 0: as numbers if both are integers,
 *		else as strings
 *	a + b   a - b
 *	a * b   a / b   a % b	 on integers (32 bits, as C's long)
 *	s : re	re (regexp.h's, ed's kind) matched at the start of s: the
 *		part of s that its first \( \) matched if it has one (empty
 *		if it does not match), else how many characters it matched
 *	( e )	grouping
 *
 * An integer is an optional - and digits.  The exit status is 0 if the
 * result is neither empty nor 0, 1 if it is, and 2 for an expression that
 * cannot be evaluated (a one-line message says why).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <regexp.h>

char **arg;		/* the next argument not yet taken */
char **argend;		/* after the last */

char *either();

void
fail(why)
char *why;
{
	fprintf(stderr, "expr: %s\n", why);
	exit(2);
}

/* Whether the next argument is s (and then take it). */
int
next(s)
char *s;
{
	if (arg >= argend || strcmp(*arg, s) != 0)
		return 0;
	arg++;
	return 1;
}

/* Whether s is an integer. */
int
isint(s)
register char *s;
{
	if (*s == '-')
		s++;
	if (*s == 0)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

long
num(s)
char *s;
{
	if (!isint(s))
		fail("non-numeric argument");
	return atol(s);
}

/* n as a string of its own. */
char *
str(n)
long n;
{
	char *s;

	if ((s = malloc(12)) == 0)
		fail("out of memory");
	sprintf(s, "%ld", n);
	return s;
}

/* Whether s counts as false. */
int
null(s)
char *s;
{
	return s[0] == 0 || strcmp(s, "0") == 0;
}

/* s : re -- the match is anchored, so re is compiled with a ^ before it. */
char *
match(s, re)
char *s, *re;
{
	char *pat, *part;
	int n;

	if ((pat = malloc(strlen(re) + 2)) == 0)
		fail("out of memory");
	pat[0] = '^';
	strcpy(pat + 1, re);
	if (recomp(pat, 0, RE_ED) < 0)
		fail("bad regular expression");
	free(pat);
	if (!reexec(s, s))
		return renbra > 0 ? "" : "0";
	if (renbra == 0)
		return str((long)(reloc2 - reloc1));
	n = reket[0] - rebra[0];
	if ((part = malloc(n + 1)) == 0)
		fail("out of memory");
	strncpy(part, rebra[0], n);
	part[n] = 0;
	return part;
}

/* An operand: an argument, or ( e ). */
char *
primary()
{
	char *r;

	if (arg >= argend)
		fail("syntax error");
	if (next("(")) {
		r = either();
		if (!next(")"))
			fail("syntax error");
		return r;
	}
	return *arg++;
}

char *
matching()
{
	char *r;

	r = primary();
	while (next(":"))
		r = match(r, primary());
	return r;
}

char *
product()
{
	char *r;
	long a, b;
	int op;

	r = matching();
	while (arg < argend && ((op = **arg) == '*' || op == '/' || op == '%') && (*arg)[1] == 0) {
		arg++;
		a = num(r);
		b = num(matching());
		if (op != '*' && b == 0)
			fail("division by zero");
		r = str(op == '*' ? a * b : op == '/' ? a / b : a % b);
	}
	return r;
}

char *
sum()
{
	char *r;
	long a;
	int op;

	r = product();
	while (arg < argend && ((op = **arg) == '+' || op == '-') && (*arg)[1] == 0) {
		arg++;
		a = num(r);
		r = str(op == '+' ? a + num(product()) : a - num(product()));
	}
	return r;
}

/* Which relation the next argument is (and take it): 0 if none. */
char *relops[] = { "<", "<=", "=", "!=", ">=", ">", 0 };

char *
relop()
{
	char **p;

	for (p = relops; *p; p++)
		if (next(*p))
			return *p;
	return 0;
}

/* Compare a and b: as numbers if both are integers, else as strings. */
int
compare(a, b)
char *a, *b;
{
	long x, y;

	if (!isint(a) || !isint(b))
		return strcmp(a, b);
	x = atol(a);
	y = atol(b);
	return x < y ? -1 : x > y;
}

char *
relation()
{
	char *r, *op;
	int c;

	r = sum();
	while ((op = relop()) != 0) {
		c = compare(r, sum());
		switch (op[0]) {
		case '<':
			c = op[1] ? c <= 0 : c < 0;
			break;
		case '>':
			c = op[1] ? c >= 0 : c > 0;
			break;
		case '=':
			c = c == 0;
			break;
		default:
			c = c != 0;
		}
		r = c ? "1" : "0";
	}
	return r;
}

char *
both()
{
	char *r, *b;

	r = relation();
	while (next("&")) {
		b = relation();
		if (null(r) || null(b))
			r = "0";
	}
	return r;
}

char *
either()
{
	char *r, *b;

	r = both();
	while (next("|")) {
		b = both();
		if (null(r))
			r = b;
	}
	return r;
}

int
main(argc, argv)
int argc;
char **argv;
{
	char *r;

	arg = argv + 1;
	argend = argv + argc;
	r = either();
	if (arg < argend)
		fail("syntax error");
	printf("%s\n", r);
	return null(r);
}
