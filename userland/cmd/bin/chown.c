/*
 * chown owner file ...: give each file to owner, a login name from
 * /etc/passwd or a number; the file keeps its group.  Only the super-user
 * may.  No options.
 *
 * Messages on the standard output, as in V6, and exit 1: too few
 * arguments is "chown uid f1 ..." (then "Who?", as V6 said too); an owner
 * that is neither a name nor a number "Who?"; a file that cannot be
 * changed "file?".
 */
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <stat.h>
#include <pwd.h>
#include <say.h>

int
main(argc, argv)
int argc;
char **argv;
{
	struct stat st;
	int uid, i, status;

	if (argc < 3) {
		say("chown uid f1 ...\nWho?\n");
		return 1;
	}
	if ((uid = idof("/etc/passwd", argv[1])) < 0) {
		say("Who?\n");
		return 1;
	}
	status = 0;
	for (i = 2; i < argc; i++)
		if (stat(argv[i], (char *)&st) < 0 || chown(argv[i], uid | st_gids(&st) << 8) < 0) {
			say(argv[i]);
			say("?\n");
			status = 1;
		}
	return status;
}
