/*
 * dir.h: a directory is a file of 16-byte entries; an entry whose inumber
 * is 0 is free.  A name of DIRSIZ characters has no NUL after it.
 */
#ifndef _DIR_H
#define _DIR_H

#define DIRSIZ	14

struct direct {
	int	d_ino;
	char	d_name[DIRSIZ];
};

#endif
