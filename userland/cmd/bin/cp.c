/*
 * cp old new: copy the file old to new, made with old's mode (an existing
 * new keeps its own mode and owner, as creat leaves them).  When new is a
 * directory the copy goes into it under old's last name.  No options.
 *
 * Messages, on the standard output as V6's were, and exit 1: a wrong
 * number of arguments is "Usage: cp oldfile newfile"; then "Cannot open
 * old file.", "Can't create new file.", "Copying file to itself.".
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>
#include <say.h>
#include <path.h>

static char buf[512];

int
main(argc, argv)
int argc;
char **argv;
{
	struct stat s1, s2;
	char *to;
	int in, out, n;

	if (argc != 3)
		sayexit("Usage: cp oldfile newfile");
	if ((in = open(argv[1], 0)) < 0)
		sayexit("Cannot open old file.");
	fstat(in, (char *)&s1);
	to = argv[2];
	if (stat(to, (char *)&s2) == 0) {
		if ((s2.st_mode & S_IFMT) == S_IFDIR) {
			to = into(to, argv[1]);
			if (stat(to, (char *)&s2) < 0)
				s2.st_ino = 0;
		}
		if (s2.st_ino == s1.st_ino && s2.st_dev == s1.st_dev)
			sayexit("Copying file to itself.");
	}
	if ((out = creat(to, s1.st_mode & 07777)) < 0)
		sayexit("Can't create new file.");
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, n) != n) {
			say("Write error.\n");
			exit(1);
		}
	return 0;
}
