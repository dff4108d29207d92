/*
 * pwd: print the path name of the working directory.
 *
 * There is no system call for it: pwd climbs.  It reads "..", finds the
 * entry that is the directory it came from (same i-number, and the same
 * device: a mounted file system's root is found by stat-ing each entry),
 * puts that name in front of the path, and goes up, until ".." is "."
 * itself: the root.  Arguments are ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>
#include <dir.h>

static char path[512];		/* the names found so far, from the end */
static char *start = path + sizeof path - 1;

/* Put "/name" in front of the path. */
static void
prepend(name)
char *name;
{
	int n;

	n = strlen(name);
	if (start - path < n + 1) {
		fputs("pwd: path too long\n", stderr);
		exit(1);
	}
	start -= n;
	memcpy(start, name, n);
	*--start = '/';
}

/* The name under which ".." holds the directory dot; 0 if none is found. */
static char *
lookup(dot, name)
struct stat *dot;
char *name;
{
	struct direct d;
	struct stat st;
	int fd, samedev, found;
	char where[3 + DIRSIZ + 1];

	if (stat("..", (char *)&st) < 0 || (fd = open("..", 0)) < 0)
		return 0;
	samedev = st.st_dev == dot->st_dev;
	found = 0;
	while (read(fd, (char *)&d, sizeof d) == sizeof d) {
		if (d.d_ino == 0)
			continue;
		strncpy(name, d.d_name, DIRSIZ);
		name[DIRSIZ] = 0;
		if (samedev) {
			if (d.d_ino == dot->st_ino) {
				found = 1;
				break;
			}
			continue;
		}
		strcpy(where, "../");
		strcat(where, name);
		if (stat(where, (char *)&st) == 0 && st.st_ino == dot->st_ino
		    && st.st_dev == dot->st_dev) {
			found = 1;
			break;
		}
	}
	close(fd);
	return found ? name : 0;
}

int
main()
{
	struct stat dot, up;
	char name[DIRSIZ + 1];

	*start = 0;
	for (;;) {
		if (stat(".", (char *)&dot) < 0 || stat("..", (char *)&up) < 0)
			break;
		if (dot.st_ino == up.st_ino && dot.st_dev == up.st_dev) {
			printf("%s\n", *start ? start : "/");
			return 0;
		}
		if (lookup(&dot, name) == 0 || chdir("..") < 0)
			break;
		prepend(name);
	}
	fputs("pwd: cannot read ..\n", stderr);
	return 1;
}
