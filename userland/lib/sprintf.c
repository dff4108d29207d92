/* sprintf(s, fmt, ...): format into the string s; the length, NUL not counted. */
#include <stdio.h>
#include <stdarg.h>

static void
out(c, pp)
int c;
char **pp;
{
	*(*pp)++ = c;
}

int
sprintf(char *s, char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	p = s;
	n = _doprnt(fmt, ap, out, (char *)&p);
	*p = 0;
	return n;
}
