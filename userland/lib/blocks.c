/*
 * blocks(sp): the disk blocks a file takes, as ls -s and du count them:
 * its data blocks and, for a large file, the indirect blocks that map them
 * (one per 256 data blocks).  A special file takes none.
 */
#include <stat.h>

unsigned
blocks(sp)
struct stat *sp;
{
	unsigned n;
	long size;

	if ((sp->st_mode & S_IFMT) == S_IFCHR || (sp->st_mode & S_IFMT) == S_IFBLK)
		return 0;
	size = st_size(sp);
	n = (size + 511) >> 9;
	if (n > 8)
		n += (n + 255) >> 8;
	return n;
}
