/*
 * echo [arg ...]: write the arguments, separated by blanks and ended by a
 * newline, on the standard output.  With no arguments it writes nothing,
 * not even the newline, as V6's echo did.  There are no options: "-n" is
 * echoed like any other word.
 */
#include <stdio.h>

int
main(argc, argv)
int argc;
char **argv;
{
	int i;

	for (i = 1; i < argc; i++) {
		fputs(argv[i], stdout);
		putchar(i < argc - 1 ? ' ' : '\n');
	}
	return 0;
}
