/* atoi(s): the decimal number at the start of s (after blanks, with a sign). */
#include <stdlib.h>

int
atoi(s)
char *s;
{
	register char *p;
	register int n;
	int neg;

	p = s;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	neg = *p == '-';
	if (*p == '-' || *p == '+')
		p++;
	n = 0;
	while (*p >= '0' && *p <= '9')
		n = n * 10 + *p++ - '0';
	return neg ? -n : n;
}
