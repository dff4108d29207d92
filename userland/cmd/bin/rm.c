/*
 * rm [-f] [-r] name ...: remove the names (unlink them: a file goes when
 * its last link does).  Removing needs permission to write the directory,
 * not the file; but when the file itself is protected from the user (no
 * write bit for him) and the standard input is a terminal, rm first shows
 * its mode in octal, "name: 100444 mode ", and removes it only if the answer
 * begins with y.
 *
 *	-f  ask no questions
 *	-r  a directory named is emptied: everything in it and in the
 *	    directories below is removed, the directories themselves kept
 *	    (rmdir removes directories), as V6's rm -r did
 *
 * An argument is options when it begins with "-f" or "-r" (other letters
 * in it are ignored); any other is a name, "-" and "-x" too.  Messages go
 * to the standard output, as V6's did: "name: non existent", "name:
 * directory" (without -r), "name: not removed".  rm exits 1 when something
 * was not removed, else 0.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>
#include <dir.h>
#include <say.h>

static int fflag, rflag, status;

/* Say name and why, and remember that something was not removed. */
static void
complain(name, why)
char *name, *why;
{
	say(name);
	say(why);
	status = 1;
}

static void rm(char *name);

/* Could the real user not write the file?  Owner's bits, else others'. */
static int
protected(st)
struct stat *st;
{
	if ((getuid() & 0377) == st_uids(st))
		return !(st->st_mode & 0200);
	return !(st->st_mode & 02);
}

/* Does the user, asked about name, say yes? */
static int
yes(name, st)
char *name;
struct stat *st;
{
	char c, first;

	say(name);
	say(": ");
	sayoctal(st->st_mode);
	say(" mode ");
	first = 0;
	if (read(0, &c, 1) == 1) {
		first = c;
		while (c != '\n' && read(0, &c, 1) == 1)
			;
	}
	return first == 'y';
}

/* Remove everything below the directory name, keeping the directories. */
static void
empty(name)
char *name;
{
	struct direct d;
	char *path;
	int fd;
	long where;

	if ((fd = open(name, 0)) < 0) {
		complain(name, ": not removed\n");
		return;
	}
	path = malloc(strlen(name) + DIRSIZ + 2);
	where = 0;
	while (read(fd, (char *)&d, sizeof d) == sizeof d) {
		where += sizeof d;
		if (d.d_ino == 0 || strcmp(d.d_name, ".") == 0 || strcmp(d.d_name, "..") == 0)
			continue;
		strcpy(path, name);
		strcat(path, "/");
		strncat(path, d.d_name, DIRSIZ);
		/* Descending uses descriptors: close this one, come back to where it was. */
		close(fd);
		rm(path);
		if ((fd = open(name, 0)) < 0)
			break;
		seek(fd, (int)(where / 512), 3);
		seek(fd, (int)(where % 512), 1);
	}
	if (fd >= 0)
		close(fd);
	free(path);
}

static void
rm(name)
char *name;
{
	struct stat st;

	if (stat(name, (char *)&st) < 0) {
		complain(name, ": non existent\n");
		return;
	}
	if ((st.st_mode & S_IFMT) == S_IFDIR) {
		if (rflag)
			empty(name);
		else {
			complain(name, ": directory\n");
		}
		return;
	}
	if (!fflag && protected(&st) && isatty(0) && !yes(name, &st))
		return;
	if (unlink(name) < 0) {
		complain(name, ": not removed\n");
	}
}

int
main(argc, argv)
int argc;
char **argv;
{
	char *p;

	while (argc > 1 && argv[1][0] == '-' && (argv[1][1] == 'f' || argv[1][1] == 'r')) {
		for (p = argv[1] + 1; *p; p++) {
			if (*p == 'f')
				fflag = 1;
			if (*p == 'r')
				rflag = 1;
		}
		argc--;
		argv++;
	}
	while (--argc > 0)
		rm(*++argv);
	return status;
}
