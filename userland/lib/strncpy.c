/* strncpy(to, from, n): copy at most n characters, padding with NULs to n. */
#include <string.h>

char *
strncpy(to, from, n)
char *to, *from;
int n;
{
	register char *t, *f;

	t = to;
	f = from;
	while (n > 0 && (*t++ = *f++))
		n--;
	while (--n > 0)
		*t++ = 0;
	return to;
}
