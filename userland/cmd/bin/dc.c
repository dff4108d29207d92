/*
 * dc [file]: V6's desk calculator, arbitrary-precision decimal arithmetic
 * on a stack (reverse Polish).  Input is the file, if given, then the
 * standard input ("Input file." if the file cannot be read).
 *
 * Numbers (`_` for negative, a decimal point); + - * / % ^ and v (square
 * root); k i o (scale, input and output base); p f d c z (and Z, which V6
 * made the same as z); s l S L (registers, register stacks); [strings],
 * x, q and Q; <x >x =x (register x run if the relation holds); ! (the
 * rest of the line run by /bin/sh -c); ? (a line of input run).  Errors
 * are V6's "( c) ?" on the standard output, c the command that failed,
 * and abandon any strings running.  Long numbers are split, as V6's
 * were, with a backslash-newline after 70 characters.
 *
 * A number is kept as decimal digits, least significant first, with its
 * scale (how many of them are fractional) and a sign.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <launch.h>

struct val {
	int str;	/* a string, not a number */
	int neg;
	int len;	/* digits (or characters) in d */
	int scale;
	char *d;
	struct val *next;	/* below it on a register stack */
};

#define STACK	500
#define LEVELS	60
#define MAXDIG	2000	/* digits of a number typed */

struct val *stack[STACK];
int sp;
struct val *reg[256];
int scale, ibase = 10, obase = 10;

/* what is being read: level 0 is the file or standard input */
char *src[LEVELS];
int srcpos[LEVELS], srclen[LEVELS];
int level;
FILE *in;
int outcol;
int back = -2;	/* a character put back on the input, -2 for none */

/*
 * Core for numbers, in sizes rounded to 8 bytes with a free list for each
 * size, carved from big pieces of malloc's: libc's malloc looks through
 * every block for a free one, far too slow for the many small numbers of
 * a calculation on a PDP-11.  A block's size is kept in the word before it.
 */
#define CLASSES	128	/* sizes up to 1024 bytes are kept for reuse */
#define PIECE	4096

char *freelist[CLASSES];
char *piece;
int pieceleft;

char *
dalloc(int n)
{
	char *p;

	n = (n + 2 + 7) & ~7;
	if (n < CLASSES * 8 && freelist[n >> 3]) {
		p = freelist[n >> 3];
		freelist[n >> 3] = *(char **)p;
		return p;
	}
	if (n >= CLASSES * 8)
		p = malloc(n);
	else {
		if (pieceleft < n) {
			piece = malloc(PIECE);
			pieceleft = PIECE;
		}
		p = piece;
		piece += n;
		pieceleft -= n;
	}
	if (p == 0) {
		printf("out of space\n");
		exit(1);
	}
	*(int *)p = n;
	return p + 2;
}

void
dfree(char *p)
{
	int n;

	n = *(int *)(p - 2);
	if (n >= CLASSES * 8) {
		free(p - 2);
		return;
	}
	*(char **)p = freelist[n >> 3];
	freelist[n >> 3] = p;
}

/* a new number with room for n digits, all zero */
struct val *
newnum(int n)
{
	struct val *v;

	v = (struct val *)dalloc(sizeof(struct val));
	if (n < 1)
		n = 1;
	v->d = dalloc(n);
	memset(v->d, 0, n);
	v->len = n;
	v->str = 0;
	v->neg = 0;
	v->scale = 0;
	v->next = 0;
	return v;
}

void
freev(struct val *v)
{
	dfree(v->d);
	dfree((char *)v);
}

struct val *
copyv(struct val *a)
{
	struct val *v;

	v = newnum(a->len);
	memcpy(v->d, a->d, a->len);
	v->len = a->len;
	v->str = a->str;
	v->neg = a->neg;
	v->scale = a->scale;
	return v;
}

/* drop leading zeros above the integer part so comparisons are easy */
struct val *
norm(struct val *v)
{
	while (v->len > v->scale + 1 && v->len > 1 && v->d[v->len - 1] == 0)
		v->len--;
	while (v->len > v->scale && v->d[v->len - 1] == 0)
		v->len--;
	if (v->len == 0 || iszero(v))
		v->neg = 0;
	return v;
}

int
iszero(struct val *v)
{
	int i;

	for (i = 0; i < v->len; i++)
		if (v->d[i])
			return 0;
	return 1;
}

/* a copy of a with scale s: digits appended or cut (truncation) */
struct val *
rescale(struct val *a, int s)
{
	struct val *v;
	int sh, i;

	sh = s - a->scale;
	v = newnum(a->len + (sh > 0 ? sh : 0));
	for (i = 0; i < a->len; i++)
		if (i + sh >= 0)
			v->d[i + sh] = a->d[i];
	v->len = a->len + sh;
	if (v->len < 0)
		v->len = 0;
	v->scale = s;
	v->neg = a->neg;
	return norm(v);
}

/* digit i of v, zero beyond its length */
int
dig(struct val *v, int i)
{
	return i < v->len ? v->d[i] : 0;
}

/* compare magnitudes of two numbers of equal scale */
int
cmpmag(struct val *a, struct val *b)
{
	int i, n;

	n = a->len > b->len ? a->len : b->len;
	for (i = n - 1; i >= 0; i--)
		if (dig(a, i) != dig(b, i))
			return dig(a, i) - dig(b, i);
	return 0;
}

/* |a| + |b| or |a| - |b| (|a| >= |b|), equal scales */
struct val *
addmag(struct val *a, struct val *b, int sub)
{
	struct val *v;
	int i, n, c, t;

	n = (a->len > b->len ? a->len : b->len) + 1;
	v = newnum(n);
	c = 0;
	for (i = 0; i < n; i++) {
		t = dig(a, i) + (sub ? -dig(b, i) : dig(b, i)) + c;
		c = 0;
		if (t >= 10) {
			t -= 10;
			c = 1;
		} else if (t < 0) {
			t += 10;
			c = -1;
		}
		v->d[i] = t;
	}
	v->scale = a->scale;
	return v;
}

/* a + b with signs: the larger scale kept */
struct val *
add(struct val *a, struct val *b)
{
	struct val *x, *y, *v;
	int s, c;

	s = a->scale > b->scale ? a->scale : b->scale;
	x = rescale(a, s);
	y = rescale(b, s);
	if (x->neg == y->neg) {
		v = addmag(x, y, 0);
		v->neg = x->neg;
	} else {
		c = cmpmag(x, y);
		if (c >= 0) {
			v = addmag(x, y, 1);
			v->neg = x->neg;
		} else {
			v = addmag(y, x, 1);
			v->neg = y->neg;
		}
	}
	freev(x);
	freev(y);
	return norm(v);
}

/* column sums n long carried into digits (each then below ten) */
void
carry(int *col, int n)
{
	int i, c;

	c = 0;
	for (i = 0; i < n; i++) {
		col[i] += c;
		c = col[i] / 10;
		col[i] %= 10;
	}
}

/* a * b, exact: the scale is the sum of the scales.  Products are summed
 * in columns and carried only every 256 rows, as dividing by ten for
 * every digit made big numbers slow */
struct val *
mulexact(struct val *a, struct val *b)
{
	struct val *v;
	int *col;
	int i, j, n, ai;
	char *bd;

	n = a->len + b->len + 1;
	col = (int *)dalloc(n * sizeof(int));
	memset((char *)col, 0, n * sizeof(int));
	bd = b->d;
	for (i = 0; i < a->len; i++) {
		ai = a->d[i];
		if (ai)
			for (j = 0; j < b->len; j++)
				col[i + j] += ai * bd[j];
		if ((i & 255) == 255)
			carry(col, n);
	}
	carry(col, n);
	v = newnum(n);
	for (i = 0; i < n; i++)
		v->d[i] = col[i];
	dfree((char *)col);
	v->scale = a->scale + b->scale;
	v->neg = a->neg != b->neg;
	return norm(v);
}

/* a * b with V6's scale: that of the product, but no more than the
 * larger of k and the scales of the factors */
struct val *
mul(struct val *a, struct val *b)
{
	struct val *p, *v;
	int s;

	p = mulexact(a, b);
	s = a->scale > b->scale ? a->scale : b->scale;
	if (scale > s)
		s = scale;
	if (p->scale > s) {
		v = rescale(p, s);
		freev(p);
		return v;
	}
	return p;
}

/* r (n digits) minus b, in place, when r >= b: nonzero if it was */
int
subif(char *r, int n, struct val *b)
{
	int i, t, c;

	for (i = n - 1; i >= 0; i--)
		if (r[i] != dig(b, i))
			break;
	if (i >= 0 && r[i] < dig(b, i))
		return 0;
	c = 0;
	for (i = 0; i < n; i++) {
		t = r[i] - dig(b, i) - c;
		c = t < 0;
		r[i] = c ? t + 10 : t;
	}
	return 1;
}

/* integer quotient of magnitudes (scales ignored), by long division
 * with the remainder kept in one buffer: no allocation per digit */
struct val *
divint(struct val *a, struct val *b)
{
	struct val *q;
	char *r;
	int i, n;

	q = newnum(a->len);
	n = b->len + 1;
	r = dalloc(n);
	memset(r, 0, n);
	for (i = a->len - 1; i >= 0; i--) {
		memmove(r + 1, r, n - 1);
		r[0] = a->d[i];
		while (subif(r, n, b))
			q->d[i]++;
	}
	dfree(r);
	return norm(q);
}

/* a / b to k fractional digits (truncated); b is not zero */
struct val *
divide(struct val *a, struct val *b)
{
	struct val *x, *y, *q;

	x = rescale(a, scale + b->scale);
	y = copyv(b);
	x->scale = y->scale = 0;
	q = divint(x, y);
	q->scale = scale;
	q->neg = a->neg != b->neg;
	freev(x);
	freev(y);
	return norm(q);
}

/* a % b as V6 gave it: what the integer division behind a / b leaves,
 * in units of a's last place shifted by k (7.25 2% is .0001 at k 2) */
struct val *
rem(struct val *a, struct val *b)
{
	struct val *x, *y, *q, *p, *r;

	x = rescale(a, scale + b->scale);
	y = copyv(b);
	x->scale = y->scale = x->neg = y->neg = 0;
	q = divint(x, y);
	p = mulexact(q, y);
	p->neg = 1;
	r = add(x, p);
	r->scale = a->scale + scale;
	r->neg = a->neg;
	freev(x);
	freev(y);
	freev(q);
	freev(p);
	return norm(r);
}

/* the small integer value of v (its fraction dropped) */
int
toint(struct val *v)
{
	int i, n;

	n = 0;
	for (i = v->len - 1; i >= v->scale; i--)
		n = n * 10 + v->d[i];
	return v->neg ? -n : n;
}

struct val *
fromint(int n)
{
	struct val *v;
	int i;

	v = newnum(6);
	if (n < 0) {
		v->neg = 1;
		n = -n;
	}
	for (i = 0; i < 6; i++) {
		v->d[i] = n % 10;
		n /= 10;
	}
	return norm(v);
}

/* a ^ e by repeated squaring; the scale as V6's: a's times e, but no
 * more than the larger of k and a's; a negative e gives 1 / a^-e */
struct val *
power(struct val *a, int e)
{
	struct val *r, *b, *t, *one;
	int n, s;

	n = e < 0 ? -e : e;
	r = fromint(1);
	b = copyv(a);
	while (n) {
		if (n & 1) {
			t = mulexact(r, b);
			freev(r);
			r = t;
		}
		n >>= 1;
		if (n) {
			t = mulexact(b, b);
			freev(b);
			b = t;
		}
	}
	freev(b);
	if (e < 0) {
		one = fromint(1);
		t = iszero(r) ? fromint(0) : divide(one, r);
		freev(one);
		freev(r);
		return t;
	}
	s = a->scale > scale ? a->scale : scale;
	if (a->scale * e < s)
		s = a->scale * e;
	t = rescale(r, s);
	freev(r);
	return t;
}

/* square root of a (not negative) to the larger of k and a's scale,
 * by Newton's iteration on integers */
struct val *
root(struct val *a)
{
	struct val *n, *x, *y, *t, *two;
	int s;

	s = a->scale > scale ? a->scale : scale;
	n = rescale(a, 2 * s);
	n->scale = 0;
	if (iszero(n)) {
		freev(n);
		return fromint(0);	/* V6's root of zero had no scale */
	}
	x = newnum((n->len + 1) / 2 + 1);
	x->d[x->len - 1] = 1;
	two = fromint(2);
	for (;;) {
		t = divint(n, x);
		y = addmag(t, x, 0);
		freev(t);
		t = divint(norm(y), two);
		freev(y);
		if (cmpmag(t, x) >= 0) {
			freev(t);
			break;
		}
		freev(x);
		x = t;
	}
	freev(n);
	freev(two);
	x->scale = s;
	return norm(x);
}

/* one character of output, split as V6 split long numbers */
void
outc(int c)
{
	if (outcol >= 70) {
		putchar('\\');
		putchar('\n');
		outcol = 0;
	}
	putchar(c);
	outcol++;
}

/* one digit in the output base: 0-9A-F, or in a base past sixteen a
 * decimal number as wide as the base's largest digit, a space before it
 * (after it in the fraction), as V6 printed them */
void
outdig(int d, int frac)
{
	char buf[8];
	int i, w;

	if (obase <= 16) {
		outc("0123456789ABCDEF"[d]);
		return;
	}
	sprintf(buf, "%d", obase - 1);
	w = strlen(buf);
	sprintf(buf, "%d", d);
	if (!frac)
		outc(' ');
	for (i = strlen(buf); i < w; i++)
		outc('0');
	for (i = 0; buf[i]; i++)
		outc(buf[i]);
	if (frac)
		outc(' ');
}

/* the integer part of |v| in the output base, most significant first */
void
printint(struct val *v)
{
	struct val *x, *q, *r, *b, *p;
	int digs[2000];
	int n;

	if (obase == 10) {
		/* the digits themselves */
		for (n = v->len - 1; n >= v->scale; n--)
			outc('0' + v->d[n]);
		if (v->len <= v->scale)
			outc('0');
		return;
	}
	x = rescale(v, 0);
	x->neg = 0;
	b = fromint(obase);
	n = 0;
	while (!iszero(x) && n < 2000) {
		q = divint(x, b);
		p = mulexact(q, b);
		p->neg = 1;
		r = add(x, p);
		digs[n++] = toint(r);
		freev(r);
		freev(p);
		freev(x);
		x = q;
	}
	freev(x);
	freev(b);
	if (n == 0)
		outdig(0, 0);
	while (n > 0) {
		n--;
		outdig(digs[n], 0);
	}
}

/* how many fractional digits a scale gives in a base other than ten:
 * as many as keep obase^n below ten to the scale, at least one.  This is
 * V6's count for bases 2, 4, 8, 16 and up at small scales; V6's own rule
 * (3 digits a decimal place in base 3, 1 3 4 for scales 1 2 3 in base 5)
 * is not yet known */
int
fracdigits(int s)
{
	struct val *t, *b, *u;
	int n;

	b = fromint(obase);
	t = copyv(b);
	n = 0;
	while (t->len <= s) {
		n++;
		u = mulexact(t, b);
		freev(t);
		t = u;
	}
	freev(t);
	freev(b);
	return n > 0 ? n : 1;
}

/* the fraction of |v| in the output base */
void
printfrac(struct val *v)
{
	struct val *f, *b, *t;
	int i, n;

	if (obase == 10) {
		for (i = v->scale - 1; i >= 0; i--)
			outc('0' + dig(v, i));
		return;
	}
	f = copyv(v);
	f->neg = 0;
	if (f->len > f->scale)
		f->len = f->scale;	/* the fraction alone */
	b = fromint(obase);
	n = fracdigits(v->scale);
	for (i = 0; i < n; i++) {
		t = mulexact(f, b);
		freev(f);
		f = t;
		outdig(toint(f), 1);
		if (f->len > f->scale)
			f->len = f->scale;	/* keep the fraction only */
	}
	freev(f);
	freev(b);
}

/* print a value (a number or a string), without the newline */
void
printv(struct val *v)
{
	int i;

	outcol = 0;
	if (v->str) {
		for (i = 0; i < v->len; i++)
			putchar(v->d[i]);
		return;
	}
	if (v->neg)
		outc('-');
	if (v->len > v->scale || v->scale == 0 || obase != 10)
		printint(v);
	if (v->scale > 0) {
		outc('.');
		printfrac(v);
	}
}

/* leave the strings running down to level n, their copies freed */
void
popto(int n)
{
	while (level > n)
		dfree(src[level--]);
}

/* the next character of input: of the string being executed, else of
 * the file or the standard input; EOF at the end of it all */
int
getch(void)
{
	int c;

	while (level > 0) {
		if (srcpos[level] < srclen[level])
			return src[level][srcpos[level]++] & 0377;
		popto(level - 1);
	}
	if (back != -2) {
		c = back;
		back = -2;
		return c;
	}
	c = getc(in);
	if (c == EOF && in != stdin) {
		fclose(in);
		in = stdin;
		c = getc(in);
	}
	return c;
}

/* put back the last character read */
void
ungetch(int c)
{
	if (level > 0)
		srcpos[level]--;
	else
		back = c;
}

/* an error: said as V6 said it, and any strings running abandoned (as
 * V6 did: the input goes on after the command that failed) */
void
error(int c)
{
	printf("( %c) ?\n", c);
	popto(0);
}

/* does the stack hold n values?  If not, the error for command c */
int
need(int n, int c)
{
	if (sp >= n)
		return 1;
	error(c);
	return 0;
}

void
push(struct val *v)
{
	if (sp >= STACK) {
		printf("stack overflow\n");
		freev(v);
		return;
	}
	stack[sp++] = v;
}

struct val *
pop(void)
{
	return stack[--sp];
}

/* the value of a digit in the input, -1 for a character that is not one */
int
digval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* read a decimal number, its first digit c: the digits are the number */
struct val *
readdec(int c)
{
	static char buf[MAXDIG];
	struct val *v;
	int n, nf, i;

	n = nf = 0;
	while (c >= '0' && c <= '9' || c == '.' && nf == 0) {
		if (c == '.')
			nf = 1;
		else if (n < MAXDIG) {
			buf[n++] = c - '0';
			if (nf)
				nf++;
		}
		c = getch();
	}
	ungetch(c);
	nf = nf ? nf - 1 : 0;
	v = newnum(n);
	for (i = 0; i < n; i++)
		v->d[i] = buf[n - 1 - i];
	v->len = n;
	v->scale = nf;
	return norm(v);
}

/* read a number in the input base, its first character c; the fraction
 * keeps as many decimal places as digits were typed */
struct val *
readnum(int c)
{
	struct val *v, *t, *b, *dv, *f, *den;
	int neg, nf;

	neg = 0;
	if (c == '_') {
		neg = 1;
		c = getch();
	}
	if (ibase == 10) {
		v = readdec(c);
		v->neg = neg && !iszero(v);
		return v;
	}
	v = fromint(0);
	b = fromint(ibase);
	while (digval(c) >= 0) {
		t = mulexact(v, b);
		freev(v);
		dv = fromint(digval(c));
		v = add(t, dv);
		freev(t);
		freev(dv);
		c = getch();
	}
	if (c == '.') {
		f = fromint(0);
		den = fromint(1);
		nf = 0;
		c = getch();
		while (digval(c) >= 0) {
			t = mulexact(f, b);
			freev(f);
			dv = fromint(digval(c));
			f = add(t, dv);
			freev(t);
			freev(dv);
			t = mulexact(den, b);
			freev(den);
			den = t;
			nf++;
			c = getch();
		}
		t = rescale(f, nf);
		freev(f);
		f = divint(t, den);
		f->scale = nf;
		freev(t);
		t = add(v, f);
		freev(v);
		freev(f);
		v = t;
		freev(den);
	}
	ungetch(c);
	freev(b);
	v->neg = neg && !iszero(v);
	return v;
}

/* read a bracketed string, its [ already read; brackets nest */
struct val *
readstr(void)
{
	struct val *v;
	int c, depth, n, size;
	char *d;

	size = 64;
	d = dalloc(size);
	n = 0;
	depth = 1;
	while ((c = getch()) != EOF) {
		if (c == '[')
			depth++;
		if (c == ']' && --depth == 0)
			break;
		if (n >= size) {
			v = (struct val *)d;
			d = dalloc(size * 2);
			memcpy(d, (char *)v, size);
			dfree((char *)v);
			size *= 2;
		}
		d[n++] = c;
	}
	v = newnum(1);
	dfree(v->d);
	v->d = d;
	v->len = n;
	v->str = 1;
	return v;
}

/* run a string as commands: its text becomes the input until its end */
void
execstr(struct val *v)
{
	if (level >= LEVELS - 1) {
		printf("nesting depth\n");
		return;
	}
	/* a string ended already need not be kept as a level (loops) */
	while (level > 0 && srcpos[level] >= srclen[level])
		popto(level - 1);
	level++;
	src[level] = dalloc(v->len + 1);	/* the value may be freed meanwhile */
	memcpy(src[level], v->d, v->len);
	srcpos[level] = 0;
	srclen[level] = v->len;
}

/* x of a value: a string runs; V6 ran a number's first byte (its last
 * two digits) as a command, unknown, so its error; nothing, a zero byte */
void
run(struct val *v)
{
	if (v == 0)
		error(0);
	else if (v->str)
		execstr(v);
	else
		error(dig(v, v->scale) + 10 * dig(v, v->scale + 1));
}

/* the register stack named c: s replaces its top, S pushes */
void
store(int c, int stacked)
{
	struct val *v, *old;

	v = pop();
	old = reg[c];
	if (!stacked && old) {
		v->next = old->next;
		freev(old);
	} else
		v->next = old;
	reg[c] = v;
}

/* l copies the register's top (zero if empty), L pops it */
void
load(int c, int popit)
{
	struct val *v;

	v = reg[c];
	if (v == 0) {
		if (popit)
			error('L');
		else
			push(fromint(0));
		return;
	}
	if (popit) {
		reg[c] = v->next;
		v->next = 0;
		push(v);
	} else {
		v = copyv(v);
		v->next = 0;
		push(v);
	}
}

/* the arithmetic commands: the two top values replaced by the result */
void
arith(int c)
{
	struct val *a, *b, *r;

	if (!need(2, c))
		return;
	b = pop();
	a = pop();
	r = 0;
	if (a->str || b->str) {
		error(c);
	} else if ((c == '/' || c == '%') && iszero(b)) {
		error(c);
	} else if (c == '+')
		r = add(a, b);
	else if (c == '-') {
		b->neg = !b->neg && !iszero(b);
		r = add(a, b);
	} else if (c == '*')
		r = mul(a, b);
	else if (c == '/')
		r = divide(a, b);
	else if (c == '%')
		r = rem(a, b);
	else if (c == '^')
		r = power(a, toint(b));
	freev(a);
	freev(b);
	if (r)
		push(r);
}

/* <x >x =x: pop two and run register x if the relation holds, the top
 * value on the left */
void
compare(int c)
{
	struct val *a, *b, *d;
	int r, x, yes;

	x = getch();
	if (!need(2, c))
		return;
	a = pop();
	b = pop();
	b->neg = !b->neg && !iszero(b);
	d = add(a, b);
	r = iszero(d) ? 0 : (d->neg ? -1 : 1);
	freev(a);
	freev(b);
	freev(d);
	yes = c == '<' ? r < 0 : c == '>' ? r > 0 : r == 0;
	if (yes)
		run(reg[x]);
}

/* ! runs the rest of the line through the shell, dc waiting for it */
void
shell(void)
{
	char line[512];
	int c, n, pid, st;

	n = 0;
	while ((c = getch()) != '\n' && c != EOF)
		if (n < 511)
			line[n++] = c;
	line[n] = 0;
	fflush(stdout);
	if ((pid = launchsh(line)) < 0) {
		error('!');
		return;
	}
	while ((n = wait(&st)) != pid && n != -1)
		;
	printf("!\n");
}

/* ? reads a line of the standard input and runs it */
void
readline(void)
{
	struct val *v;
	char line[512];
	int c, n;

	n = 0;
	while ((c = getc(in)) != EOF && c != '\n')
		if (n < 511)
			line[n++] = c;
	v = newnum(n + 1);
	memcpy(v->d, line, n);
	v->len = n;
	v->str = 1;
	execstr(v);
}

/* q leaves two levels of string (the program at the outermost), Q as
 * many as the top value says */
int
quit(int n)
{
	if (level < n)
		return 1;
	popto(level - n);
	return 0;
}

/* f: the stack, top first, then every register */
void
printall(void)
{
	struct val *v;
	int i, n;

	for (i = sp - 1; i >= 0; i--) {
		printv(stack[i]);
		putchar('\n');
	}
	for (i = 0; i < 256; i++)
		for (v = reg[i], n = 0; v; v = v->next, n++) {
			printf("\"%c(%d)\"", i, n);
			printv(v);
			putchar('\n');
		}
}

/* set k, i or o from the top value */
void
setparam(int c)
{
	struct val *v;
	int n;

	if (!need(1, c))
		return;
	v = pop();
	n = toint(v);
	if (c == 'k' && n < 0)
		error(c);
	else if (c == 'k')
		scale = n;
	else if (c == 'i' && n >= 0)
		ibase = n;	/* V6 took even 1 and 0 */
	else if (n >= 2)
		obase = n;
	freev(v);
}

/* one command c, its operands read as needed; nonzero to exit */
int
command(int c)
{
	struct val *v;
	int n;

	if (digval(c) >= 0 || c == '_' || c == '.') {
		push(readnum(c));
		return 0;
	}
	switch (c) {
	case ' ': case '\t': case '\n':
		return 0;
	case EOF:
		return 1;
	case '+': case '-': case '*': case '/': case '%': case '^':
		arith(c);
		return 0;
	case 'v':
		if (!need(1, c))
			return 0;
		v = pop();
		if (v->str || v->neg)
			error(c);
		else
			push(root(v));
		freev(v);
		return 0;
	case 'k': case 'i': case 'o':
		setparam(c);
		return 0;
	case 'p':
		if (need(1, c)) {
			printv(stack[sp - 1]);
			putchar('\n');
		}
		return 0;
	case 'f':
		printall();
		return 0;
	case 'd':
		if (need(1, c))
			push(copyv(stack[sp - 1]));
		return 0;
	case 'c':
		while (sp > 0)
			freev(pop());
		return 0;
	case 'X':
		/* not a command in V6, which took the top value and said
		 * ( c) ? with c a character that varied */
		if (sp > 0)
			freev(pop());
		error('"');
		return 0;
	case 'z': case 'Z':
		push(fromint(sp));	/* V6's Z was z again */
		return 0;
	case 's': case 'S':
		n = getch();
		if (need(1, c))
			store(n, c == 'S');
		return 0;
	case 'l': case 'L':
		load(getch(), c == 'L');
		return 0;
	case '[':
		push(readstr());
		return 0;
	case 'x':
		if (need(1, c)) {
			v = pop();
			run(v);
			if (!v->str)
				freev(v);
		}
		return 0;
	case '<': case '>': case '=':
		compare(c);
		return 0;
	case '!':
		shell();
		return 0;
	case '?':
		readline();
		return 0;
	case 'q':
		return quit(2);
	case 'Q':
		if (!need(1, c))
			return 0;
		v = pop();
		n = toint(v);
		freev(v);
		if (n > level) {
			error(c);	/* more levels than are running */
			return 0;
		}
		return n > 0 && quit(n);
	}
	error(c);
	return 0;
}

int
main(int argc, char **argv)
{
	in = stdin;
	if (argc > 1 && (in = fopen(argv[1], "r")) == 0) {
		printf("Input file.\n");	/* V6's words, on the standard output */
		exit(1);
	}
	while (!command(getch()))
		;
	fflush(stdout);
	exit(0);
}
