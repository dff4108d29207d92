/* strrchr(s, c) (V6: rindex): the last c in s, or 0. */
#include <string.h>

char *
strrchr(s, c)
char *s;
int c;
{
	register char *p, *last;

	last = 0;
	p = s;
	do {
		if (*p == c)
			last = p;
	} while (*p++);
	return last;
}

char *
rindex(s, c)
char *s;
int c;
{
	return strrchr(s, c);
}
