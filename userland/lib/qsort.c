/*
 * qsort(base, n, size, cmp): sort n elements of size bytes at base into
 * the order cmp(a, b) gives (<0, 0, >0 for a before, with, after b).
 * Shell's method with gaps 1, 4, 13, 40...: in-place, no recursion, and
 * small.  Elements are exchanged byte by byte.
 */
#include <stdlib.h>

static void
swap(a, b, size)
register char *a, *b;
unsigned size;
{
	char t;

	while (size-- > 0) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

void
qsort(base, n, size, cmp)
char *base;
unsigned n, size;
int (*cmp)();
{
	unsigned gap, i, j;
	register char *p, *q;

	for (gap = 1; gap < n / 3; gap = gap * 3 + 1)
		;
	for (; gap > 0; gap /= 3)
		for (i = gap; i < n; i++)
			for (j = i; j >= gap; j -= gap) {
				p = base + (j - gap) * size;
				q = base + j * size;
				if ((*cmp)(p, q) <= 0)
					break;
				swap(p, q, size);
			}
}
