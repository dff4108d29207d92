/*
 * /etc/mknod name b|c major minor: make a special file, block (b) or
 * character (c), for the device major, minor (decimal), mode 666.  Only
 * the super-user may.
 *
 * As in V6: a wrong number of arguments is "arg count" and the usage
 * line, a type other than b or c the usage line, on the standard output;
 * a node that cannot be made is "mknod: why" on the standard error.
 * mknod exits 1 after any of these.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <say.h>

#define USAGE	"usage: mknod name b/c major minor\n"

int
main(argc, argv)
int argc;
char **argv;
{
	int mode;

	if (argc != 5) {
		say("arg count\n");
		say(USAGE);
		return 1;
	}
	if (strcmp(argv[2], "b") == 0)
		mode = 060666;
	else if (strcmp(argv[2], "c") == 0)
		mode = 020666;
	else {
		say(USAGE);
		return 1;
	}
	if (mknod(argv[1], mode, atoi(argv[3]) << 8 | atoi(argv[4]) & 0377) < 0) {
		perror("mknod");
		return 1;
	}
	return 0;
}
