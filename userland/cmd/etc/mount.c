/*
 * /etc/mount special dir [-r]: mount the file system of the block special
 * file special on the directory dir (read-only given a third argument, as
 * mount(VIII) has it), through the mount system call, and record it in
 * /etc/mtab.  With no arguments: the table, one "rp1 on /usr/source" line
 * per file system mounted.
 *
 * /etc/mtab is V6's: 64-byte entries, the directory in the first 32 bytes,
 * the special file's last component in the other 32 (both null-padded);
 * an entry of zeros is a free slot.  Only the super-user may mount.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <path.h>
#include <mtab.h>


/* The table: "special on dir" for each entry in use. */
static void
list()
{
	char ent[MTABENT + 1];
	int fd;

	if ((fd = open(MTAB, 0)) < 0)
		return;		/* nothing mounted since boot: rc removes it */
	ent[MTABENT] = 0;
	while (read(fd, ent, MTABENT) == MTABENT) {
		if (ent[0] == 0)
			continue;
		printf("%.32s on %.32s\n", ent + NAMELEN, ent);
	}
	close(fd);
}

/*
 * Record special mounted on dir in the first free slot of /etc/mtab, or
 * after the last entry; the file is made if rc removed it.
 */
static void
record(special, dir)
char *special, *dir;
{
	char ent[MTABENT];
	int fd, slot;

	if ((fd = open(MTAB, 2)) < 0 && (fd = creat(MTAB, 0644)) < 0)
		return;		/* mounted all the same: the table is only a record */
	for (slot = 0; read(fd, ent, MTABENT) == MTABENT; slot++)
		if (ent[0] == 0)
			break;
	memset(ent, 0, MTABENT);
	strncpy(ent, dir, NAMELEN);
	strncpy(ent + NAMELEN, lastpart(special), NAMELEN);
	seek(fd, slot * MTABENT, 0);
	write(fd, ent, MTABENT);
	close(fd);
}

int
main(argc, argv)
int argc;
char **argv;
{
	if (argc == 1) {
		list();
		return 0;
	}
	if (argc < 3 || argc > 4) {
		printf("arg count\n");
		return 1;
	}
	if (mount(argv[1], argv[2], argc > 3) < 0) {
		perror("mount");
		return 1;
	}
	record(argv[1], argv[2]);
	return 0;
}
