/*
 * Output: _flsbuf(c, f) is putc's slow path — the buffer is full, or not
 * yet there, or the stream is unbuffered.  fflush(f) writes out what the
 * buffer holds.  stdout's buffer is static; fopen gives other streams
 * theirs (a stream without one is unbuffered).  The first buffered output
 * registers _flushall with atexit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char outbuf[BUFSIZ];
static int registered;

static void
_flushall()
{
	register FILE *f;

	for (f = _iob; f < _iob + NFILE; f++)
		if (f->flag & _WRITE)
			fflush(f);
}

int
fflush(f)
register FILE *f;
{
	int n;

	if (!(f->flag & _WRITE) || f->base == 0)
		return 0;
	n = f->ptr - f->base;
	f->ptr = f->base;
	f->cnt = f->flag & _UNBUF ? 0 : BUFSIZ;
	if (n > 0 && write(f->fd, f->base, n) != n) {
		f->flag |= _ERR;
		return EOF;
	}
	return 0;
}

static void
setup(f)
register FILE *f;
{
	if (f == stdout)
		f->ptr = f->base = outbuf;
	else
		f->flag |= _UNBUF;
}

int
_flsbuf(c, f)
int c;
register FILE *f;
{
	char ch;

	if (!(f->flag & _WRITE) || (f->flag & _ERR)) {
		f->cnt = 0;
		return EOF;
	}
	if (f->flag & _UNBUF) {
		if (f->base != 0) {
			/* a whole printf or fputs: collect it in their buffer */
			if (f->ptr >= f->base + BUFSIZ)
				fflush(f);
			*f->ptr++ = c;
			return c & 0377;
		}
		ch = c;
		f->cnt = 0;
		if (write(f->fd, &ch, 1) != 1) {
			f->flag |= _ERR;
			return EOF;
		}
		return c & 0377;
	}
	if (!registered) {
		registered = 1;
		atexit(_flushall);
	}
	if (f->base == 0)
		setup(f);
	else if (fflush(f) == EOF)
		return EOF;
	if (f->flag & _UNBUF)
		return _flsbuf(c, f);
	f->cnt = BUFSIZ - 1;
	*f->ptr++ = c;
	return c & 0377;
}

int
fputc(c, f)
int c;
FILE *f;
{
	return putc(c, f);
}
