/* fgets(s, n, f): read a line (newline kept) of at most n-1 characters; s, or 0 at end. */
#include <stdio.h>

char *
fgets(s, n, f)
char *s;
int n;
register FILE *f;
{
	register char *p;
	int c;

	p = s;
	while (--n > 0 && (c = getc(f)) != EOF)
		if ((*p++ = c) == '\n')
			break;
	*p = 0;
	return p == s ? 0 : s;
}
