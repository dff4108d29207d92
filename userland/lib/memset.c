/* memset(s, c, n): n bytes of s set to c; return s. */
#include <string.h>

char *
memset(s, c, n)
char *s;
int c;
unsigned n;
{
	register char *p;

	p = s;
	while (n-- > 0)
		*p++ = c;
	return s;
}
