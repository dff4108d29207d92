/*
 * recomp, reexec, rehave: V6's regular expressions (see regexp.h).
 *
 * An expression compiles to a string of operations, each a code byte
 * followed by its operands; the low bit of a code (STAR) asks for none or
 * more of it.  Matching tries the operations from each place of the line
 * in turn.  A starred operation first takes as many characters as it can,
 * then gives them back one at a time until the rest matches: each * takes
 * as much as still lets the rest of the expression match.
 */
#include <regexp.h>

#define ESIZE	256	/* bytes of compiled expression */
#define STAR	01
#define CCHR	2	/* the character that follows */
#define CDOT	4	/* any character */
#define CCL	6	/* any of the n characters that follow n */
#define NCCL	8	/* any character but those */
#define CDOL	10	/* the end of the line */
#define CBRA	12	/* group n starts */
#define CKET	14	/* group n ends */
#define CEOF	16	/* the expression matched */

char *reloc1, *reloc2;
char *rebra[NBRA], *reket[NBRA];
int renbra;

static char code[ESIZE];
static char *next;	/* where compiling puts the next operation */
static int circf;	/* the expression began with ^ */
static int compiled;	/* code holds an expression */
static int open[NBRA];	/* groups begun and not yet ended */
static int nopen;

static int advance();

/* The class after '[' in pat; what follows it, or 0 if it is not closed. */
static char *
class(pat)
register char *pat;
{
	char *count;

	*next = CCL;
	if (*pat == '^') {
		*next = NCCL;
		pat++;
	}
	next++;
	count = next++;
	do {	/* the first character belongs to the class even if it is ] */
		if (*pat == 0 || next >= code + ESIZE - 2)
			return 0;
		*next++ = *pat++;
	} while (*pat != ']');
	*count = next - count - 1;
	return pat + 1;
}

/* \( (c is '(') or \) (c is ')'): 0, or -1 if there is no room or nothing to end. */
static int
group(c)
int c;
{
	if (c == '(') {
		if (renbra >= NBRA)
			return -1;
		open[nopen++] = renbra;
		*next++ = CBRA;
		*next++ = renbra++;
		return 0;
	}
	if (nopen == 0)
		return -1;
	*next++ = CKET;
	*next++ = open[--nopen];
	return 0;
}

/* The character after a backslash: -1 if it cannot be there, else 1 if it is
 * a character to match, 0 if it was a group's \( or \). */
static int
escape(c, delim, flags)
int c, delim, flags;
{
	if (c == 0)
		return -1;
	if (c == delim || !(flags & RE_ED))
		return 1;
	if (c == '(' || c == ')')
		return group(c) < 0 ? -1 : 0;
	if (c >= '1' && c <= '9')
		return -1;
	return 1;
}

/* Compile the operations of pat (after any ^) into code: 0, or -1. */
static int
compile(pat, delim, flags)
register char *pat;
int delim, flags;
{
	char *last;	/* the operation a * would repeat */
	int c, k;

	last = 0;
	while ((c = *pat++) != 0) {
		if (next >= code + ESIZE - 4)
			return -1;
		if (c == '*' && last) {
			*last |= STAR;	/* a** is a* */
			continue;
		}
		if (c == '*' && (flags & RE_ED))
			return -1;
		if (c == '*') {		/* nothing to repeat: a star */
			*next++ = CCHR;
			*next++ = c;
			continue;
		}
		last = next;
		if (c == '.')
			*next++ = CDOT;
		else if (c == '$' && *pat == 0)
			*next++ = CDOL;
		else if (c == '[') {
			if ((pat = class(pat)) == 0)
				return -1;
		} else {
			if (c == '\\') {
				if ((k = escape(c = *pat++, delim, flags)) < 0)
					return -1;
				if (k == 0) {
					last = 0;
					continue;
				}
			}
			*next++ = CCHR;
			*next++ = c;
		}
	}
	while (nopen > 0)	/* a group not ended ends with the expression */
		group(')');
	*next++ = CEOF;
	return 0;
}

int
recomp(pat, delim, flags)
char *pat;
int delim, flags;
{
	compiled = circf = renbra = nopen = 0;
	next = code;
	if (*pat == '^') {
		circf = 1;
		pat++;
	}
	if (compile(pat, delim, flags) < 0)
		return -1;
	compiled = 1;
	return 0;
}

int
rehave()
{
	return compiled;
}

/* Whether the class operation at ep (CCL or NCCL) takes c (never the line's end). */
static int
member(ep, c)
register char *ep;
int c;
{
	register int n;
	int in;

	if (c == 0)
		return 0;
	in = 0;
	for (n = ep[1] & 0377; n > 0; n--)
		if (ep[1 + n] == c)
			in = 1;
	return in == ((*ep & ~STAR) == CCL);
}

/* Whether the one-character operation at ep takes c. */
static int
takes(ep, c)
char *ep;
int c;
{
	switch (*ep & ~STAR) {
	case CCHR:
		return c == ep[1];
	case CDOT:
		return c != 0;
	}
	return member(ep, c);
}

/* The operation after the one-character operation at ep. */
static char *
after(ep)
char *ep;
{
	switch (*ep & ~STAR) {
	case CCHR:
		return ep + 2;
	case CDOT:
		return ep + 1;
	}
	return ep + 2 + (ep[1] & 0377);
}

/* x* at ep, from lp: as many x as there are, then fewer until the rest matches. */
static int
star(lp, ep)
register char *lp;
char *ep;
{
	char *start;

	start = lp;
	while (*lp && takes(ep, *lp))
		lp++;
	ep = after(ep);
	do
		if (advance(lp, ep))
			return 1;
	while (lp-- > start);
	return 0;
}

/* Whether the operations from ep match at lp; the match's end in reloc2. */
static int
advance(lp, ep)
register char *lp, *ep;
{
	for (;;) {
		if (*ep & STAR)
			return star(lp, ep);
		switch (*ep) {
		case CDOL:
			if (*lp)
				return 0;
			ep++;
			continue;
		case CEOF:
			reloc2 = lp;
			return 1;
		case CBRA:
			rebra[ep[1]] = lp;
			ep += 2;
			continue;
		case CKET:
			reket[ep[1]] = lp;
			ep += 2;
			continue;
		}
		if (!takes(ep, *lp++))
			return 0;
		ep = after(ep);
	}
}

int
reexec(line, from)
char *line;
register char *from;
{
	if (!compiled)
		return 0;
	if (circf) {
		if (from != line || !advance(from, code))
			return 0;
		reloc1 = from;
		return 1;
	}
	do
		if (advance(from, code)) {
			reloc1 = from;
			return 1;
		}
	while (*from++);
	return 0;
}
