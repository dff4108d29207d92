/* strdup(s): a copy of s in memory from malloc, or 0. */
#include <string.h>
#include <stdlib.h>

char *
strdup(s)
char *s;
{
	register char *p;

	p = malloc(strlen(s) + 1);
	if (p)
		strcpy(p, s);
	return p;
}
