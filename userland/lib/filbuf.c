/*
 * Input: _filbuf(f) is getc's slow path — the buffer is empty (or not yet
 * there): read up to BUFSIZ bytes (one at a time for a stream that has no
 * buffer: stdin's is static, fopen gives the others theirs).  Reading
 * stdin first flushes stdout, so that a prompt is seen before the program
 * waits for an answer.
 */
#include <stdio.h>
#include <unistd.h>

static char inbuf[BUFSIZ];
static char one[NFILE];	/* the buffers of unbuffered streams */

int
_filbuf(f)
register FILE *f;
{
	int n;

	f->cnt = 0;
	if (!(f->flag & _READ) || (f->flag & (_EOF | _ERR)))
		return EOF;
	if (f == stdin)
		fflush(stdout);
	if (f->base == 0) {
		if (f == stdin)
			f->base = inbuf;
		else {
			f->base = &one[f - _iob];
			f->flag |= _UNBUF;
		}
	}
	n = read(f->fd, f->base, f->flag & _UNBUF ? 1 : BUFSIZ);
	if (n <= 0) {
		f->flag |= n == 0 ? _EOF : _ERR;
		return EOF;
	}
	f->ptr = f->base;
	f->cnt = n - 1;
	return *f->ptr++ & 0377;
}

int
fgetc(f)
FILE *f;
{
	return getc(f);
}
