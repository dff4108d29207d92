/* atol(s): atoi for longs.  Its own loop rather than a shared one, so that a
 * program using only atoi carries no 32-bit arithmetic. */
#include <stdlib.h>

long
atol(s)
char *s;
{
	register char *p;
	long n;
	int neg;

	p = s;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	neg = *p == '-';
	if (*p == '-' || *p == '+')
		p++;
	n = 0;
	while (*p >= '0' && *p <= '9')
		n = n * 10 + (*p++ - '0');
	return neg ? -n : n;
}
