/*
 * rmdir dir ...: remove each directory, which must be empty but for "."
 * and "..".  No options.
 *
 * Only the super-user may unlink a directory, so rmdir is set-uid root,
 * as in V6 (userland/cmd/modes); it checks itself, with access, that the
 * real user may write the parent directory.  On the standard output, as
 * in V6: "dir ?" for a name that is not there or not a directory, or is
 * "." or "..", or whose parent the user may not write (V6's rmdir said
 * nothing then); "dir -- directory not empty".  rmdir then exits 1.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>
#include <dir.h>
#include <say.h>
#include <path.h>

static int status;

static void
complain(name, why)
char *name, *why;
{
	say(name);
	say(why);
	say("\n");
	status = 1;
}

/* Is the last component of name "." or ".."? */
static int
dotname(name)
char *name;
{
	char *last;

	last = lastpart(name);
	return strcmp(last, ".") == 0 || strcmp(last, "..") == 0;
}

/* Has the directory name no entry but "." and ".."? */
static int
isempty(name)
char *name;
{
	struct direct d;
	int fd, empty;

	if ((fd = open(name, 0)) < 0)
		return 0;
	empty = 1;
	while (empty && read(fd, (char *)&d, sizeof d) == sizeof d)
		if (d.d_ino != 0 && strcmp(d.d_name, ".") != 0 && strcmp(d.d_name, "..") != 0)
			empty = 0;
	close(fd);
	return empty;
}

static void
rmdir(name)
char *name;
{
	struct stat st;
	char *dots;
	int n;

	n = strlen(name);
	dots = malloc(n + 4);
	if (stat(name, (char *)&st) < 0 || (st.st_mode & S_IFMT) != S_IFDIR || dotname(name)
	    || access(parent(name), 2) < 0)
		complain(name, " ?");
	else if (!isempty(name))
		complain(name, " -- directory not empty");
	else {
		strcpy(dots, name);
		strcat(dots, "/..");
		unlink(dots);
		dots[n + 2] = 0;
		unlink(dots);
		if (unlink(name) < 0)
			complain(name, " ?");
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
		rmdir(argv[i]);
	return status;
}
