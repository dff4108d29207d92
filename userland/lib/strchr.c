/* strchr(s, c) (V6: index): the first c in s (the NUL counts), or 0. */
#include <string.h>

char *
strchr(s, c)
char *s;
int c;
{
	register char *p;

	for (p = s; *p != c; p++)
		if (*p == 0)
			return 0;
	return p;
}

char *
index(s, c)
char *s;
int c;
{
	return strchr(s, c);
}
