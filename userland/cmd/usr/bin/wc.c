/*
 * wc [file ...]: count the lines and words of each file, or of the
 * standard input when there is none, and print them as V6's wc did:
 * "%7ld %7ld name", the name empty for the standard input, and a "total"
 * line after several files.  A line is counted at each newline.  A word
 * begins at a printing character (not a blank, not a control character)
 * and runs to the next blank, tab or newline.  There are no options: an
 * argument is always a file name ("-" too), and one that cannot be opened
 * is reported on the standard error and left out, and wc then exits 1.
 */
#include <stdio.h>
#include <unistd.h>

static char buf[512];
static long lines, words;

/* Add the lines and words read from fd to the counts. */
static void
count(fd)
int fd;
{
	int n, inword;
	char *p;

	inword = 0;
	while ((n = read(fd, buf, sizeof buf)) > 0)
		for (p = buf; p < buf + n; p++) {
			if (*p == '\n')
				lines++;
			if (*p == ' ' || *p == '\t' || *p == '\n')
				inword = 0;
			else if (!inword && *p > ' ' && *p < 0177) {
				inword = 1;
				words++;
			}
		}
}

int
main(argc, argv)
int argc;
char **argv;
{
	long tlines, twords;
	int i, fd, status;

	if (argc < 2) {
		count(0);
		printf("%7ld %7ld \n", lines, words);
		return 0;
	}
	tlines = twords = 0;
	status = 0;
	for (i = 1; i < argc; i++) {
		if ((fd = open(argv[i], 0)) < 0) {
			fflush(stdout);
			fprintf(stderr, "%s: cannot open\n", argv[i]);
			status = 1;
			continue;
		}
		lines = words = 0;
		count(fd);
		close(fd);
		printf("%7ld %7ld %s\n", lines, words, argv[i]);
		tlines += lines;
		twords += words;
	}
	if (argc > 2)
		printf("%7ld %7ld total\n", tlines, twords);
	return status;
}
