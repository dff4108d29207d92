/*
 * mv name1 name2: move (rename) the file name1 to name2; when name2 is a
 * directory, to name2/last component of name1.  A directory may only be
 * renamed within its own parent (its ".." stays right).  Where a new link
 * cannot be made because name2 is on another device, the file is copied
 * and name1 removed.
 *
 * mv is set-uid root, as in V6, so that the super-user's link and unlink
 * can rename directories; it checks the real user's permission to write
 * both parent directories itself (access), before it changes anything.
 * When name2 exists and the real user could not write it, mv shows its
 * mode, "name2: 644 mode ", and goes on only if the answer begins with y.
 *
 * Messages, on the standard output as V6's were, and exit 1: "Usage: mv
 * name1 name2", "Source file non-existent", "Files are identical.",
 * "Directory rename only", "Directory target exists.", "Can't create new
 * file.", "Cannot unlink source file.".  (V6's mv made the new link
 * before finding it could not remove the old one, and left both; this one
 * checks first and leaves things as they were.)
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>
#include <say.h>
#include <path.h>

static char buf[512];

/* Could the real user not write the file st?  The owner's bits count for
 * the owner (the super-user may write his own), the others' for the rest. */
static int
protected(st)
struct stat *st;
{
	int uid;

	uid = getuid() & 0377;
	if (uid == st_uids(st))
		return uid != 0 && !(st->st_mode & 0200);
	return !(st->st_mode & 02);
}

/* Ask whether to replace the protected name; exit unless the answer is y. */
static void
ask(name, st)
char *name;
struct stat *st;
{
	char c, first;

	say(name);
	say(": ");
	sayoctal(st->st_mode & 0777);
	say(" mode ");
	first = 0;
	if (read(0, &c, 1) == 1) {
		first = c;
		while (c != '\n' && read(0, &c, 1) == 1)
			;
	}
	if (first != 'y')
		exit(1);
}

/* Copy from to to (another device), with from's mode. */
static void
copy(from, to, st)
char *from, *to;
struct stat *st;
{
	int in, out, n;

	if ((in = open(from, 0)) < 0)
		sayexit("Cannot open old file.");
	if ((out = creat(to, st->st_mode & 07777)) < 0)
		sayexit("Can't create new file.");
	chown(to, st_uids(st) | st_gids(st) << 8);
	while ((n = read(in, buf, sizeof buf)) > 0)
		write(out, buf, n);
	close(in);
	close(out);
}

/* Is name1's directory the same as name2's? */
static int
sameparent(name1, name2)
char *name1, *name2;
{
	struct stat p1, p2;

	if (stat(parent(name1), (char *)&p1) < 0 || stat(parent(name2), (char *)&p2) < 0)
		return 0;
	return p1.st_ino == p2.st_ino && p1.st_dev == p2.st_dev;
}

int
main(argc, argv)
int argc;
char **argv;
{
	struct stat s1, s2;
	char *from, *to;
	int exists;

	if (argc != 3)
		sayexit("Usage: mv name1 name2");
	from = argv[1];
	to = argv[2];
	if (stat(from, (char *)&s1) < 0)
		sayexit("Source file non-existent");
	exists = stat(to, (char *)&s2) == 0;
	if (exists && (s2.st_mode & S_IFMT) == S_IFDIR) {
		to = into(to, from);
		exists = stat(to, (char *)&s2) == 0;
	}
	if ((s1.st_mode & S_IFMT) == S_IFDIR) {
		if (!sameparent(from, to))
			sayexit("Directory rename only");
		if (exists)
			sayexit("Directory target exists.");
	}
	if (exists) {
		if (s1.st_ino == s2.st_ino && s1.st_dev == s2.st_dev)
			sayexit("Files are identical.");
		if (protected(&s2))
			ask(to, &s2);
	}
	if (access(parent(to), 2) < 0)
		sayexit("Can't create new file.");
	if (access(parent(from), 2) < 0)
		sayexit("Cannot unlink source file.");
	if (exists && unlink(to) < 0)
		sayexit("Can't create new file.");
	if (link(from, to) < 0) {
		if ((s1.st_mode & S_IFMT) == S_IFDIR)
			sayexit("Can't create new file.");
		copy(from, to, &s1);
	}
	if (unlink(from) < 0)
		sayexit("Cannot unlink source file.");
	return 0;
}
