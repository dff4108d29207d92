/* puts(s): write s and a newline on stdout. */
#include <stdio.h>

int
puts(s)
register char *s;
{
	while (*s)
		putchar(*s++);
	return putchar('\n') == EOF ? EOF : 0;
}
