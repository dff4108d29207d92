/* memcpy(to, from, n): copy n bytes (not overlapping); return to. */
#include <string.h>

char *
memcpy(to, from, n)
char *to, *from;
unsigned n;
{
	register char *t, *f;

	t = to;
	f = from;
	while (n-- > 0)
		*t++ = *f++;
	return to;
}
