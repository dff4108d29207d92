/*
 * ln name [newname]: make newname a new link to (another name of) the file
 * name; with no newname, the link is made in the working directory under
 * name's last component.  As in V6, the super-user may link directories.
 *
 * Messages, on the standard output as V6's were, and exit 1: a wrong
 * number of arguments is "Usage: ln target [ newname ]"; a link that
 * cannot be made (name missing, newname there already, no permission)
 * is "Can't link".
 */
#include <string.h>
#include <unistd.h>
#include <say.h>
#include <path.h>

int
main(argc, argv)
int argc;
char **argv;
{
	char *newname;

	if (argc < 2 || argc > 3) {
		say("Usage: ln target [ newname ]\n");
		return 1;
	}
	newname = argc == 3 ? argv[2] : lastpart(argv[1]);
	if (link(argv[1], newname) < 0) {
		say("Can't link\n");
		return 1;
	}
	return 0;
}
