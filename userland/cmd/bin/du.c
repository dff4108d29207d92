/*
 * du [-s] [-a] [name ...]: the disk blocks used by each name (the working
 * directory when none is) and everything below it, indirect blocks
 * included (as V6's du counted them: see used).  Each directory's total
 * is printed, "blocks<tab>path", after those of the directories in it, in
 * the order the directory holds them.
 *
 *	-s  only the total of each name
 *	-a  every file too, not only the directories
 *
 * A file with several links is counted once.  A name that is not there
 * is passed over without a word, as V6's du did.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <stat.h>
#include <dir.h>

#define NLINKED	200
static int sflag, aflag;
static int linked[NLINKED];	/* i-numbers of the many-linked files counted */
static int nlinked;

/*
 * The blocks of the file st, as V6's du counted them: its data blocks and,
 * from 8 of them on, (n >> 8) + 1 indirect ones (ls -s counts one fewer at
 * exactly 8 blocks and at multiples of 256).
 */
static unsigned
used(st)
struct stat *st;
{
	unsigned n;

	n = (st_size(st) + 511) >> 9;
	if (n >= 8)
		n += (n >> 8) + 1;
	return n;
}

/* Has this many-linked file been counted already?  (Remember it if not.) */
static int
seen(st)
struct stat *st;
{
	int i;

	for (i = 0; i < nlinked; i++)
		if (linked[i] == st->st_ino)
			return 1;
	if (nlinked < NLINKED)
		linked[nlinked++] = st->st_ino;
	return 0;
}

/* The blocks of path and below; printed as asked (top: it was named). */
static unsigned
du(path, top)
char *path;
int top;
{
	struct stat st;
	struct direct d;
	unsigned n;
	int fd;
	long where;
	char *sub;

	if (stat(path, (char *)&st) < 0)
		return 0;
	if ((st.st_mode & S_IFMT) != S_IFDIR) {
		if (st_nlinks(&st) > 1 && seen(&st))
			return 0;
		n = used(&st);
		if (aflag || top)
			printf("%u\t%s\n", n, path);
		return n;
	}
	n = used(&st);
	sub = malloc(strlen(path) + DIRSIZ + 2);
	where = 0;
	while ((fd = open(path, 0)) >= 0) {
		/* One descriptor at a time: the tree may be deeper than there are. */
		seek(fd, (int)(where / 512), 3);
		seek(fd, (int)(where % 512), 1);
		if (read(fd, (char *)&d, sizeof d) != sizeof d) {
			close(fd);
			break;
		}
		close(fd);
		where += sizeof d;
		if (d.d_ino == 0 || strcmp(d.d_name, ".") == 0 || strcmp(d.d_name, "..") == 0)
			continue;
		strcpy(sub, path);
		strcat(sub, "/");
		strncat(sub, d.d_name, DIRSIZ);
		n += du(sub, 0);
	}
	free(sub);
	if (!sflag || top)
		printf("%u\t%s\n", n, path);
	return n;
}

int
main(argc, argv)
int argc;
char **argv;
{
	char *p;

	while (argc > 1 && argv[1][0] == '-') {
		for (p = argv[1] + 1; *p; p++) {
			if (*p == 's')
				sflag = 1;
			if (*p == 'a')
				aflag = 1;
		}
		argc--;
		argv++;
	}
	if (argc < 2)
		du(".", 1);
	while (--argc > 0)
		du(*++argv, 1);
	return 0;
}
