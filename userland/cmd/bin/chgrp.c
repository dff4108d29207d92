/*
 * chgrp group file ...: give each file to group, a name from /etc/group
 * or a number; the file keeps its owner.  Only the super-user may.
 *
 * Messages on the standard output, as in V6, and exit 1: too few
 * arguments is "chgrp gid f1 ..." then "Who?" (V6's chgrp said "chown
 * uid f1 ...", chown's words); a group that is neither a name nor a
 * number "Who?"; a file that cannot be changed "file?".
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
	int gid, i, status;

	if (argc < 3) {
		say("chgrp gid f1 ...\nWho?\n");
		return 1;
	}
	if ((gid = idof("/etc/group", argv[1])) < 0) {
		say("Who?\n");
		return 1;
	}
	status = 0;
	for (i = 2; i < argc; i++)
		if (stat(argv[i], (char *)&st) < 0 || chown(argv[i], st_uids(&st) | gid << 8) < 0) {
			say(argv[i]);
			say("?\n");
			status = 1;
		}
	return status;
}
