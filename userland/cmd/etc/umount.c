/*
 * /etc/umount special: unmount the file system of the block special file
 * special (umount system call) and take its entry out of /etc/mtab (see
 * mount.c for the table's format).  The entries after it move up, so that
 * the table holds no free slots, as V6's umount left it.  Only the
 * super-user may unmount.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <path.h>
#include <mtab.h>

#define NMOUNT	16	/* more entries than the kernel has mounts */

static char tab[NMOUNT * MTABENT];

/* /etc/mtab rewritten without the entries for special (and without free slots). */
static void
unrecord(special)
char *special;
{
	char *ent, *keep, *name;
	int fd, n;

	if ((fd = open(MTAB, 0)) < 0)
		return;
	n = read(fd, tab, sizeof tab);
	close(fd);
	name = lastpart(special);
	keep = tab;
	for (ent = tab; ent + MTABENT <= tab + n; ent += MTABENT) {
		if (ent[0] == 0 || strncmp(ent + NAMELEN, name, NAMELEN) == 0)
			continue;
		if (keep != ent)
			memcpy(keep, ent, MTABENT);
		keep += MTABENT;
	}
	if ((fd = creat(MTAB, 0644)) < 0)
		return;
	write(fd, tab, keep - tab);
	close(fd);
}

int
main(argc, argv)
int argc;
char **argv;
{
	if (argc != 2) {
		printf("arg count\n");
		return 1;
	}
	if (umount(argv[1]) < 0) {
		perror("umount");
		return 1;
	}
	unrecord(argv[1]);
	return 0;
}
