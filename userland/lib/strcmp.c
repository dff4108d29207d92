/* strcmp(a, b): <0, 0, >0 as a sorts before, with, after b (by unsigned chars). */
#include <string.h>

int
strcmp(a, b)
char *a, *b;
{
	register char *p, *q;

	p = a;
	q = b;
	while (*p == *q++)
		if (*p++ == 0)
			return 0;
	return (*p & 0377) - (*--q & 0377);
}
