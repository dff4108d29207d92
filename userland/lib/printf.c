/*
 * printf(fmt, ...) on stdout, fprintf(f, fmt, ...) on any stream; the
 * formats are _doprnt's.  On an unbuffered stream the whole output is
 * gathered first and written at once.
 */
#include <stdio.h>
#include <stdarg.h>

static void
out(c, f)
int c;
FILE *f;
{
	putc(c, f);
}

static int
format(f, fmt, ap)
register FILE *f;
char *fmt;
va_list ap;
{
	char buf[BUFSIZ];
	int n, unbuf;

	unbuf = (f->flag & _UNBUF) && f->base == 0;
	if (unbuf)
		f->base = f->ptr = buf;
	n = _doprnt(fmt, ap, out, (char *)f);
	if (unbuf) {
		fflush(f);
		f->base = 0;
	}
	return ferror(f) ? EOF : n;
}

int
printf(char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	return format(stdout, fmt, ap);
}

int
fprintf(FILE *f, char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	return format(f, fmt, ap);
}
