/* memmove(to, from, n): copy n bytes, overlapping or not; return to. */
#include <string.h>

char *
memmove(to, from, n)
char *to, *from;
unsigned n;
{
	register char *t, *f;

	t = to;
	f = from;
	if (t <= f) {
		while (n-- > 0)
			*t++ = *f++;
	} else {
		t += n;
		f += n;
		while (n-- > 0)
			*--t = *--f;
	}
	return to;
}
