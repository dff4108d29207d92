/*
 * tee [file ...]: copy the standard input to the standard output and into
 * each file, made anew (mode 666).  As in V6 there are no options ("-a"
 * is a file's name) and a file that cannot be made is passed over without
 * a word.  V6's tee took at most ten files and crashed beyond; this one
 * takes as many as there are descriptors and says when there are too many.
 */
#include <stdio.h>
#include <errno.h>
#include <unistd.h>

#define NOFILE	15

static char buf[512];
static int fds[NOFILE];
static int nfd;

int
main(argc, argv)
int argc;
char **argv;
{
	int i, n, fd;

	fds[nfd++] = 1;
	for (i = 1; i < argc; i++) {
		if ((fd = creat(argv[i], 0666)) >= 0)
			fds[nfd++] = fd;
		else if (errno == EMFILE) {
			fputs("tee: too many files\n", stderr);
			break;
		}
	}
	while ((n = read(0, buf, sizeof buf)) > 0)
		for (i = 0; i < nfd; i++)
			write(fds[i], buf, n);
	return 0;
}
