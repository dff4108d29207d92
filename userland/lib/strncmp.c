/* strncmp(a, b, n): strcmp of at most the first n characters. */
#include <string.h>

int
strncmp(a, b, n)
char *a, *b;
int n;
{
	register char *p, *q;

	p = a;
	q = b;
	for (; n > 0; n--, p++, q++) {
		if (*p != *q)
			return (*p & 0377) - (*q & 0377);
		if (*p == 0)
			break;
	}
	return 0;
}
