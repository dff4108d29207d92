/*
 * sync: write every delayed block and the super-blocks out to the disks
 * now (the sync system call).  Arguments are ignored.
 */
#include <unistd.h>

int
main()
{
	sync();
	return 0;
}
