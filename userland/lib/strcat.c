/* strcat(to, from): append from to to; return to. */
#include <string.h>

char *
strcat(to, from)
char *to, *from;
{
	register char *t, *f;

	t = to;
	f = from;
	while (*t)
		t++;
	while (*t++ = *f++)
		;
	return to;
}
