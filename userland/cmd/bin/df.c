/*
 * df [special ...]: the free blocks of each file system named, by its
 * block special file ("/dev/rk0 1034"); with no names, of the root
 * (/dev/rk0) and of every file system /etc/mtab says is mounted.
 *
 * The superblock and the free list are read through the special file, as
 * V6's df read them: the count is right for a file system not mounted as
 * well as for one that is (after the next sync).  A name that cannot be
 * opened gets V6's "NAME cannot open NAME" on the standard output.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define BSIZE	512
#define NICFREE	100
#define MTABENT	64	/* an /etc/mtab entry: directory[32], special[32] */

/* A block of the free list: free[0] is the next such block (0: the last). */
struct fblk {
	int	nfree;
	unsigned free[NICFREE];
};

/* The head of the superblock: the first block of the list is inside it. */
struct filsys {
	unsigned isize;		/* blocks of i-nodes */
	unsigned fsize;		/* blocks in all */
	struct fblk head;
};

/* Read block bno of fd into buf; 0 if it could not be read whole. */
static int
bread(fd, bno, buf)
int fd;
unsigned bno;
char *buf;
{
	if (seek(fd, (int)bno, 3) < 0)
		return 0;
	return read(fd, buf, BSIZE) == BSIZE;
}

/*
 * The free blocks on fd, following the chain from the superblock in sb;
 * -1 if the chain leaves the file system or runs longer than it (a broken
 * list must not make df loop for ever).
 */
static long
countfree(fd, sb)
int fd;
struct filsys *sb;
{
	static char buf[BSIZE];
	struct fblk *fb;
	unsigned lo, hi, b;
	long n;
	lo = sb->isize + 2;
	hi = sb->fsize;
	fb = &sb->head;
	n = 0;
	for (;;) {
		if (fb->nfree <= 0 || fb->nfree > NICFREE)
			return n;
		n += fb->nfree - 1;
		b = fb->free[0];
		if (b == 0)
			return n;
		if (b < lo || b >= hi || n > (long)hi)
			return -1;
		n++;		/* the chain's block is itself free */
		if (!bread(fd, b, buf))
			return -1;
		fb = (struct fblk *)buf;
	}
}

/* Print the free blocks of the file system on the special file name. */
static void
df(name)
char *name;
{
	static char super[BSIZE];
	long n;
	int fd;

	if ((fd = open(name, 0)) < 0) {
		printf("%s cannot open %s\n", name, name);
		return;
	}
	if (!bread(fd, 1, super)) {
		printf("%s read error\n", name);
		close(fd);
		return;
	}
	n = countfree(fd, (struct filsys *)super);
	close(fd);
	if (n < 0)
		printf("%s bad free list\n", name);
	else
		printf("%s %ld\n", name, n);
}

/* No names: the root, then each file system /etc/mtab records. */
static void
defaults()
{
	char ent[MTABENT], name[40];
	int fd;

	df("/dev/rk0");
	if ((fd = open("/etc/mtab", 0)) < 0)
		return;
	while (read(fd, ent, MTABENT) == MTABENT) {
		if (ent[0] == 0)
			continue;
		strcpy(name, "/dev/");
		strncat(name, ent + 32, 32);
		df(name);
	}
	close(fd);
}

int
main(argc, argv)
int argc;
char **argv;
{
	sync();		/* so that the superblocks on the disk are the kernel's */
	if (argc < 2)
		defaults();
	while (--argc > 0)
		df(*++argv);
	return 0;
}
