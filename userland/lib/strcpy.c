/* strcpy(to, from): copy from, NUL included; return to. */
#include <string.h>

char *
strcpy(to, from)
char *to, *from;
{
	register char *t, *f;

	t = to;
	f = from;
	while (*t++ = *f++)
		;
	return to;
}
