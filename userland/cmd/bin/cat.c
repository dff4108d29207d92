/*
 * cat [file ...]: copy each file in turn to the standard output.  No file
 * at all, or an argument that begins with "-" ("-", "-u", anything), is
 * the standard input, as in V6's cat: so "cat -u f" copies the standard
 * input and then f.  Nothing is buffered: every read is written out at
 * once, so what is typed at a terminal comes back line by line.  A file
 * that cannot be opened is passed over without a word, as V6's cat did.
 */
#include <unistd.h>

static char buf[512];

/* Copy descriptor fd to the standard output until its end. */
static void
copy(fd)
int fd;
{
	int n;

	while ((n = read(fd, buf, sizeof buf)) > 0)
		write(1, buf, n);
}

int
main(argc, argv)
int argc;
char **argv;
{
	int i, fd;

	if (argc < 2)
		copy(0);
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '-') {
			copy(0);
			continue;
		}
		fd = open(argv[i], 0);
		if (fd < 0)
			continue;
		copy(fd);
		close(fd);
	}
	return 0;
}
