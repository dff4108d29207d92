/*
 * stdio.h: buffered input and output on file descriptors.
 *
 * stdin and stdout are buffered (BUFSIZ bytes), stderr is not: what is
 * written to it goes out at once, a whole printf or fputs in one write.
 * stdout is flushed when its buffer fills, by fflush, before stdin reads
 * (so a prompt shows), and at exit.
 */
#ifndef _STDIO_H
#define _STDIO_H

#define BUFSIZ	512
#define NFILE	10
#define EOF	(-1)
#ifndef NULL
#define NULL	0
#endif

typedef struct _file {
	char	*ptr;	/* next character in the buffer */
	int	cnt;	/* characters left to read, or room left to write */
	char	*base;	/* the buffer (0 until first use) */
	int	flag;	/* _READ, _WRITE, _UNBUF, _EOF, _ERR, _MYBUF */
	int	fd;	/* the file descriptor */
} FILE;

#define _READ	01
#define _WRITE	02
#define _UNBUF	04
#define _EOF	010
#define _ERR	020
#define _MYBUF	040	/* base came from malloc */

extern FILE _iob[NFILE];

#define stdin	(&_iob[0])
#define stdout	(&_iob[1])
#define stderr	(&_iob[2])

#define getc(f)		(--(f)->cnt >= 0 ? *(f)->ptr++ & 0377 : _filbuf(f))
#define putc(c, f)	(--(f)->cnt >= 0 ? (*(f)->ptr++ = (c)) & 0377 : _flsbuf((c), (f)))
#define getchar()	getc(stdin)
#define putchar(c)	putc((c), stdout)
#define feof(f)		(((f)->flag & _EOF) != 0)
#define ferror(f)	(((f)->flag & _ERR) != 0)
#define fileno(f)	((f)->fd)

int _filbuf(FILE *f);
int _flsbuf(int c, FILE *f);
int fgetc(FILE *f);
int fputc(int c, FILE *f);
int fflush(FILE *f);
int fputs(char *s, FILE *f);
int puts(char *s);
char *fgets(char *s, int n, FILE *f);
FILE *fopen(char *name, char *mode);
FILE *fdopen(int fd, char *mode);
int fclose(FILE *f);
int printf(char *fmt, ...);
int fprintf(FILE *f, char *fmt, ...);
int sprintf(char *s, char *fmt, ...);
int _doprnt(char *fmt, char *args, void (*put)(), char *arg);

#endif
