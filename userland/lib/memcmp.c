/* memcmp(a, b, n): compare n bytes as unsigned chars. */
#include <string.h>

int
memcmp(a, b, n)
char *a, *b;
unsigned n;
{
	register char *p, *q;

	p = a;
	q = b;
	for (; n > 0; n--, p++, q++)
		if (*p != *q)
			return (*p & 0377) - (*q & 0377);
	return 0;
}
