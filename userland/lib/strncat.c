/* strncat(to, from, n): append at most n characters of from, then a NUL. */
#include <string.h>

char *
strncat(to, from, n)
char *to, *from;
int n;
{
	register char *t, *f;

	t = to;
	f = from;
	while (*t)
		t++;
	while (n-- > 0 && (*t = *f++))
		t++;
	*t = 0;
	return to;
}
