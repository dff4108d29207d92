/* Word counting in a hash table of malloced structs, qsort with a comparison
 * through pointers to pointers, structs passed and returned by value, a
 * union, a two-dimensional array, a switch over characters, goto, do-while,
 * the comma operator, ctype and atoi.  The expected output is the host C
 * compiler's (gcc) for the same source, except the last number, worked out
 * by hand for a 16-bit int: (int)100000L is 100000 - 65536 = 34464, that is
 * -31072, and -31072 / 10 is -3107. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

struct word { char *text; int count; struct word *next; };
#define NHASH 31
struct word *table[NHASH];

unsigned hash(s) char *s; { unsigned h = 0; while (*s) h = h * 31 + *s++; return h % NHASH; }

void add(char *w) {
	struct word **pp, *q;
	for (pp = &table[hash(w)]; *pp; pp = &(*pp)->next)
		if (strcmp((*pp)->text, w) == 0) { (*pp)->count++; return; }
	q = malloc(sizeof(struct word));
	q->text = strdup(w); q->count = 1; q->next = 0;
	*pp = q;
}

int bycount(const void *a, const void *b) {
	struct word *x = *(struct word **)a, *y = *(struct word **)b;
	if (x->count != y->count) return y->count - x->count;
	return strcmp(x->text, y->text);
}

struct pt { int x, y; };
struct rect { struct pt a, b; char tag; };
struct pt mid(struct rect r) { struct pt m; m.x = (r.a.x + r.b.x) / 2; m.y = (r.a.y + r.b.y) / 2; return m; }
struct rect grow(struct rect r, int d) { r.a.x -= d; r.a.y -= d; r.b.x += d; r.b.y += d; r.tag++; return r; }

union u { int i; char c[2]; unsigned char uc[2]; };

int grid[5][7];
int classify(int c) {
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
	case ' ': case '\n': case '\t': return 2;
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9': return 3;
	default: return isalpha(c) ? 4 : 5;
	}
}

int main() {
	static char text[] = "the quick brown fox jumps over the lazy dog the fox and the dog "
		"sleep and the quick fox wakes 42 times in 1975 on a pdp11";
	char word[32], *s, *w;
	struct word *all[64], *q;
	int n = 0, i, j, kinds[6];
	struct rect r, r2; struct pt m;
	union u un;
	long total;

	for (s = text; *s; ) {
		while (*s == ' ') s++;
		for (w = word; *s && *s != ' '; ) *w++ = *s++;
		*w = 0;
		if (w != word) add(word);
	}
	for (i = 0; i < NHASH; i++) for (q = table[i]; q; q = q->next) all[n++] = q;
	qsort(all, n, sizeof all[0], bycount);
	for (i = 0; i < 6; i++) printf("%-6s %d\n", all[i]->text, all[i]->count);
	printf("%d distinct\n", n);

	r.a.x = 1; r.a.y = 2; r.b.x = 11; r.b.y = 22; r.tag = 'A';
	r2 = grow(r, 3); m = mid(r2);
	printf("%d %d %d %d %c mid %d,%d orig %d\n", r2.a.x, r2.a.y, r2.b.x, r2.b.y, r2.tag, m.x, m.y, r.a.x);

	un.i = 0x1234; printf("%x %x\n", un.c[0], un.c[1]);
	un.i = -2; printf("%d %d %u\n", un.c[0], un.c[1], un.uc[1]);

	for (i = 0; i < 5; i++) for (j = 0; j < 7; j++) grid[i][j] = i * j - j;
	total = 0;
	for (i = 0; i < 5; i++) for (j = 0; j < 7; j++) total += grid[i][j] * (long)1000;
	printf("grid %d %d %ld %d\n", grid[4][6], *(*(grid + 3) + 2), total, (int)(sizeof grid / sizeof grid[0]));

	for (i = 0; i < 6; i++) kinds[i] = 0;
	for (s = text; *s; s++) kinds[classify(*s)]++;
	for (i = 1; i < 6; i++) printf("%d ", kinds[i]);
	printf("\n");

	i = 0;
again:
	i += 3;
	if (i < 20) goto again;
	j = 10;
	do j -= 4; while (j > 0);
	printf("goto %d do %d comma %d\n", i, j, (i++, j++, i + j));
	for (i = 0, s = word; i < 5; i++) *s++ = "hello"[4 - i];
	*s = 0;
	printf("%s %c %d\n", word, toupper(word[1]), islower('Q') != 0);
	printf("%d %d %d\n", atoi("  -123x"), atoi("77"), (int)atol("100000") / 10);
	return 0;
}
