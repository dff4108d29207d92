/*
 * diff file1 file2: tell what lines must be changed in file1 to make it
 * file2, as V6's diff did.  Each change is a line like ed's commands,
 *   n1 a n3,n4    (lines n3 to n4 of file2 added after line n1 of file1)
 *   n1,n2 d n3    (lines n1 to n2 deleted; file2 goes on after line n3)
 *   n1,n2 c n3,n4 (lines n1 to n2 changed into lines n3 to n4)
 * written without blanks (a range of one line is one number), followed
 * by the lines of file1 marked "* ", then, for a change, "---", then the
 * lines of file2 marked ". ".  A last line without its newline is left
 * out, with "incomplete line omitted" on the standard error, as V6's
 * diff did.  Errors ("Arg count", "Cannot open NAME") go there too.
 *
 * The lines in common are a longest common subsequence, found as Hunt
 * and McIlroy's diff finds one: the lines both files start and end with
 * are set aside, the lines of file2 are sorted into classes of equal
 * lines, and for each line of file1 in turn the matches in its class
 * extend the "k-candidates" (for each length k, the common subsequence
 * of that length ending lowest in file2).  Both files are kept in core.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>

struct file {
	char	*name;
	char	*text;	/* the whole file, each newline made a NUL */
	char	**line;	/* line[1..n]; line[0] unused */
	int	n;
};

struct cand {		/* a common subsequence: its last match, and the rest */
	int	a, b;	/* line a of file1 matches line b of file2 */
	struct cand *prev;
};

struct file f1, f2;
int pre, suf;		/* lines in common at the start and at the end */
int *E;			/* file2's lines pre+1..n2-suf, sorted: their numbers */
char *last;		/* last[p]: E[p] ends its class */
int *P;			/* P[i]: where the class of line i of file1 starts in E, -1 if none */
struct cand **K;
int *J;			/* J[i]: the line of file2 matched with line i of file1, or 0 */

/* Give up with a message on the standard error. */
void
fail(char *msg, char *name)
{
	fflush(stdout);
	fprintf(stderr, "%s%s\n", msg, name);
	exit(2);
}

/* Room for n bytes, or give up. */
char *
need(unsigned n)
{
	char *p;

	if ((p = malloc(n)) == 0)
		fail("diff: files too big", "");
	return p;
}

/* Read file f->name into core and split it into lines. */
void
load(struct file *f)
{
	struct stat st;
	unsigned size, i;
	int fd, n;
	char *s;

	if ((fd = open(f->name, 0)) < 0 || fstat(fd, (char *)&st) < 0)
		fail("Cannot open ", f->name);
	if (st_size(&st) > 30000L)
		fail("diff: files too big", "");
	size = st.st_size1;
	f->text = need(size + 1);
	for (i = 0; i < size; i += n)
		if ((n = read(fd, f->text + i, size - i)) <= 0)
			break;
	size = i;
	close(fd);
	while (size > 0 && f->text[size - 1] != '\n')
		size--;
	if (size < i)
		fprintf(stderr, "incomplete line omitted\n");
	for (n = 0, s = f->text; s < f->text + size; s++)
		n += *s == '\n';
	f->line = (char **)need((n + 2) * sizeof(char *));
	f->n = 0;
	for (s = f->text; s < f->text + size; s++) {
		f->line[++f->n] = s;
		while (*s != '\n')
			s++;
		*s = 0;
	}
}

/* Set aside the lines both files start and end with. */
void
prune(void)
{
	while (pre < f1.n && pre < f2.n && strcmp(f1.line[pre + 1], f2.line[pre + 1]) == 0)
		pre++;
	while (suf < f1.n - pre && suf < f2.n - pre
	       && strcmp(f1.line[f1.n - suf], f2.line[f2.n - suf]) == 0)
		suf++;
}

/* Two of file2's lines, by text then by number (for qsort). */
int
bytext(int *x, int *y)
{
	int r;

	if ((r = strcmp(f2.line[*x], f2.line[*y])) != 0)
		return r;
	return *x - *y;
}

/* The first place in E where the class of text s starts, -1 if none. */
int
classof(char *s, int ne)
{
	int lo, hi, mid, r;

	lo = 0;
	hi = ne;
	while (lo < hi) {	/* the first element not less than s */
		mid = (lo + hi) / 2;
		r = strcmp(f2.line[E[mid]], s);
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ne && strcmp(f2.line[E[lo]], s) == 0)
		return lo;
	return -1;
}

/* E, last and P: file2's classes of equal lines, and file1's lines in them. */
int
classes(void)
{
	int ne, p, i;

	ne = f2.n - pre - suf;
	E = (int *)need((ne + 1) * sizeof(int));
	last = need(ne + 1);
	for (p = 0; p < ne; p++)
		E[p] = pre + 1 + p;
	qsort((char *)E, ne, sizeof(int), bytext);
	for (p = 0; p < ne; p++)
		last[p] = p + 1 == ne || strcmp(f2.line[E[p]], f2.line[E[p + 1]]) != 0;
	P = (int *)need((f1.n + 1) * sizeof(int));
	for (i = pre + 1; i <= f1.n - suf; i++)
		P[i] = classof(f1.line[i], ne);
	return ne;
}

struct cand *
newcand(int a, int b, struct cand *prev)
{
	struct cand *c;

	c = (struct cand *)need(sizeof(struct cand));
	c->a = a;
	c->b = b;
	c->prev = prev;
	return c;
}

/* The s in r..k with K[s]->b < j <= K[s+1]->b (K[k+1] is the fence). */
int
search(int r, int k, int j)
{
	int lo, hi, mid;

	if (K[r]->b >= j)
		return -1;
	lo = r;
	hi = k;
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (K[mid]->b < j)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* Line i of file1 extends the candidates with its matches E[p], E[p+1] ...,
 * in increasing order.  Returns the new k. */
int
merge(int k, int i, int p)
{
	struct cand *c;
	int r, s, j;

	r = 0;
	c = K[0];
	for (;; p++) {
		j = E[p];
		s = search(r, k, j);
		if (s >= 0 && K[s + 1]->b > j) {
			K[r] = c;
			r = s + 1;
			c = newcand(i, j, K[s]);
			if (s == k) {
				K[k + 2] = K[k + 1];
				k++;
				break;
			}
		}
		if (last[p])
			break;
	}
	K[r] = c;
	return k;
}

/* J: the longest common subsequence, as pairs of matched lines. */
void
lcs(void)
{
	struct cand *c;
	int i, k, n;

	n = f1.n < f2.n ? f1.n : f2.n;
	K = (struct cand **)need((n + 3) * sizeof(struct cand *));
	K[0] = newcand(0, 0, (struct cand *)0);
	K[1] = newcand(f1.n + 1, f2.n + 1, (struct cand *)0);
	k = 0;
	if (classes() > 0)
		for (i = pre + 1; i <= f1.n - suf; i++)
			if (P[i] >= 0)
				k = merge(k, i, P[i]);
	J = (int *)need((f1.n + 2) * sizeof(int));
	for (i = 0; i <= f1.n + 1; i++)
		J[i] = 0;
	for (i = 1; i <= pre; i++)
		J[i] = i;
	for (i = 0; i < suf; i++)
		J[f1.n - i] = f2.n - i;
	J[f1.n + 1] = f2.n + 1;
	for (c = K[k]; c && c->a > 0; c = c->prev)
		J[c->a] = c->b;
}

/* a, or a,b */
void
range(int a, int b)
{
	printf(a < b ? "%d,%d" : "%d", a, b);
}

/* Lines a..b of f, each after mark. */
void
lines(struct file *f, int a, int b, char *mark)
{
	for (; a <= b; a++)
		printf("%s%s\n", mark, f->line[a]);
}

/* One change: lines a..b of file1 become lines c..d of file2. */
void
change(int a, int b, int c, int d)
{
	if (a > b && c > d)
		return;
	if (a > b)
		printf("%da", b);
	else
		range(a, b);
	if (a <= b)
		printf(c > d ? "d%d" : "c", c - 1);
	if (c <= d)
		range(c, d);
	putchar('\n');
	lines(&f1, a, b, "* ");
	if (a <= b && c <= d)
		printf("---\n");
	lines(&f2, c, d, ". ");
}

/* Every change, from J. */
void
output(void)
{
	int i0, i1, j0, j1, m;

	m = f1.n;
	for (i0 = 1; i0 <= m + 1; i0 = i1 + 1) {
		while (i0 <= m && J[i0] == J[i0 - 1] + 1)
			i0++;
		j0 = J[i0 - 1] + 1;
		i1 = i0 - 1;
		while (i1 < m && J[i1 + 1] == 0)
			i1++;
		j1 = J[i1 + 1] - 1;
		change(i0, i1, j0, j1);
		J[i1] = j1;	/* so that the lines after i1 read as matched */
		if (i1 >= m)
			break;
	}
}

int
main(int argc, char **argv)
{
	if (argc != 3)
		fail("Arg count", "");
	f1.name = argv[1];
	f2.name = argv[2];
	load(&f1);
	load(&f2);
	prune();
	lcs();
	output();
	return 0;
}
