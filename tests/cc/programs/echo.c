/* echo: the arguments, separated by blanks, then a newline (none without
 * arguments, as V6's echo). Written the way a small V6 command is. */
#include <unistd.h>
#include <string.h>

int
main(argc, argv)
int argc;
char **argv;
{
	register int i;

	for (i = 1; i < argc; i++) {
		write(1, argv[i], strlen(argv[i]));
		write(1, i < argc - 1 ? " " : "\n", 1);
	}
	return 0;
}
