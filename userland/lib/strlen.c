/* strlen(s): the number of characters before the NUL. */
#include <string.h>

int
strlen(s)
char *s;
{
	register char *p;

	p = s;
	while (*p++)
		;
	return p - s - 1;
}
