/*
 * fputs(s, f): write the string s.  On an unbuffered stream (stderr) the
 * string is gathered in a buffer of the moment and written in one go.
 */
#include <stdio.h>

int
fputs(s, f)
register char *s;
register FILE *f;
{
	char buf[BUFSIZ];
	int unbuf;

	unbuf = (f->flag & _UNBUF) && f->base == 0;
	if (unbuf)
		f->base = f->ptr = buf;
	while (*s)
		putc(*s++, f);
	if (unbuf) {
		fflush(f);
		f->base = 0;
	}
	return ferror(f) ? EOF : 0;
}
