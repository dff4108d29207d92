/*
 * fopen(name, mode): open a file as a stream — "r" to read, "w" to write
 * (created or emptied), "a" to append.  fdopen(fd, mode): a stream on an
 * open descriptor.  fclose(f): flush, release, close.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static FILE *
slot()
{
	register FILE *f;

	for (f = _iob; f < _iob + NFILE; f++)
		if (f->flag == 0)
			return f;
	return 0;
}

FILE *
fdopen(fd, mode)
int fd;
char *mode;
{
	register FILE *f;

	if (fd < 0 || (f = slot()) == 0)
		return 0;
	f->fd = fd;
	f->flag = *mode == 'r' ? _READ : _WRITE;
	f->cnt = 0;
	f->base = f->ptr = malloc(BUFSIZ);
	if (f->base != 0)
		f->flag |= _MYBUF;
	return f;
}

FILE *
fopen(name, mode)
char *name, *mode;
{
	int fd;

	if (*mode == 'w')
		fd = creat(name, 0666);
	else if (*mode == 'a') {
		if ((fd = open(name, 1)) < 0)
			fd = creat(name, 0666);
		else
			seek(fd, 0, 2);
	} else
		fd = open(name, 0);
	return fdopen(fd, mode);
}

int
fclose(f)
register FILE *f;
{
	int r;

	r = fflush(f);
	if (f->flag & _MYBUF)
		free(f->base);
	if (close(f->fd) < 0)
		r = EOF;
	f->flag = 0;
	f->base = f->ptr = 0;
	f->cnt = 0;
	return r;
}
