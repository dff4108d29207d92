/*
 * grep [-v] [-c] [-n] [-b] [-l] expression [file ...]: print the lines
 * of the files (or of the standard input) that the regular expression
 * matches -- V6's expressions, as regexp.h describes them, without ed's
 * \( \) (there \( is a parenthesis).
 *
 *	-v	the lines it does not match instead
 *	-c	only how many lines were printed
 *	-n	each line's number before it ("12:")
 *	-b	the number of the 512-byte block holding the end of the line
 *	-l	only the names of the files with such lines (new: not in V6)
 *
 * With more than one file each line (or count) is preceded by the file's
 * name and a colon.  As V6's grep: a line keeps only its first 255
 * characters, NULs are dropped, a file that cannot be opened ends grep
 * ("Can't open NAME"), and the status is 0 unless something was wrong (2).
 * Deviation from V6: a last line without a newline is a line (V6 dropped
 * it); every letter of a flag word counts (V6 looked only at the first).
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <regexp.h>

#define LSIZE	256	/* a line's characters kept, NUL included */

int vflag, cflag, nflag, bflag, lflag;
int nfile;			/* files named */

char block[512];		/* what was read of the file */
int bnext, blen;		/* where we are in block, how much it holds */
long bnum;			/* its number in the file; -1 before the first */

void
unknown()
{
	fputs("Unknown flag\n", stderr);
	exit(2);
}

/* Take the flags of one "-..." word ("-" alone is no flag). */
void
flags(s)
char *s;
{
	if (s[1] == 0)
		unknown();
	while (*++s)
		switch (*s) {
		case 'v': vflag = 1; break;
		case 'c': cflag = 1; break;
		case 'n': nflag = 1; break;
		case 'b': bflag = 1; break;
		case 'l': lflag = 1; break;
		default: unknown();
		}
}

/* The next character of the file, or EOF. */
int
next(fd)
int fd;
{
	if (bnext >= blen) {
		blen = read(fd, block, sizeof block);
		bnext = 0;
		bnum++;
		if (blen <= 0)
			return EOF;
	}
	return block[bnext++] & 0377;
}

/* Read a line into line (at most LSIZE-1 characters kept): 0 at the end. */
int
getline(fd, line)
int fd;
char *line;
{
	register char *p;
	register int c;

	p = line;
	while ((c = next(fd)) != '\n') {
		if (c == EOF) {
			if (p == line)
				return 0;
			break;
		}
		if (c != 0 && p < line + LSIZE - 1)
			*p++ = c;
	}
	*p = 0;
	return 1;
}

/* Print a line that was chosen, with what the flags put before it. */
void
show(name, line, n)
char *name, *line;
long n;
{
	if (nfile > 1)
		printf("%s:", name);
	if (bflag)
		printf("%ld:", bnum);
	if (nflag)
		printf("%ld:", n);
	printf("%s\n", line);
}

/* grep one file (name 0: the standard input). */
void
grep(name)
char *name;
{
	char line[LSIZE];
	long n, count;
	int fd;

	fd = 0;
	if (name && (fd = open(name, 0)) < 0) {
		fprintf(stderr, "Can't open %s\n", name);
		exit(2);
	}
	bnext = blen = 0;
	bnum = -1;
	for (n = 1, count = 0; getline(fd, line); n++) {
		if (reexec(line, line) == vflag)
			continue;
		count++;
		if (lflag)
			break;
		if (!cflag)
			show(name, line, n);
	}
	if (fd > 0)
		close(fd);
	if (lflag && count)
		printf("%s\n", name ? name : "");
	else if (cflag && !lflag) {
		if (nfile > 1)
			printf("%s:", name);
		printf("%ld\n", count);
	}
}

int
main(argc, argv)
int argc;
char **argv;
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++)
		flags(argv[i]);
	if (i >= argc)
		exit(2);
	if (recomp(argv[i++], 0, 0) < 0) {
		fputs("RE error\n", stderr);
		exit(2);
	}
	nfile = argc - i;
	if (nfile == 0)
		grep((char *)0);
	for (; i < argc; i++)
		grep(argv[i]);
	return 0;
}
