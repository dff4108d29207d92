/*
 * sayoctal(n): write n in octal on the standard output (see say.h).
 */
#include <say.h>

void
sayoctal(n)
unsigned n;
{
	char buf[8], *p;

	p = buf + sizeof buf - 1;
	*p = 0;
	do
		*--p = '0' + (n & 7);
	while ((n >>= 3) != 0);
	say(p);
}
