/*
 * mkdir dir ...: make each directory, with its entries "." and "..",
 * mode 777, owned by the real user and his group.  No options.
 *
 * Only the super-user may make a directory node (mknod), so mkdir is
 * set-uid root, as in V6 (userland/cmd/modes); it checks itself, with
 * access, that the real user may write the parent directory.  A directory
 * that cannot be made (it exists, the parent is missing or not writable)
 * is "dir ?" on the standard output, as in V6; mkdir then exits 1.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <say.h>
#include <path.h>

static int status;

/* Make the directory name, or say "name ?". */
static void
mkdir(name)
char *name;
{
	char *dots;
	int n;

	n = strlen(name);
	dots = malloc(n + 4);
	if (access(parent(name), 2) < 0 || mknod(name, 040777, 0) < 0) {
		say(name);
		say(" ?\n");
		status = 1;
	} else {
		strcpy(dots, name);
		strcat(dots, "/.");
		link(name, dots);
		strcat(dots, ".");
		link(parent(name), dots);
		chown(name, (getuid() & 0377) | (getgid() & 0377) << 8);
	}
	free(dots);
}

int
main(argc, argv)
int argc;
char **argv;
{
	int i;

	for (i = 1; i < argc; i++)
		mkdir(argv[i]);
	return status;
}
