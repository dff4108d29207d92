/*
 * stat.h: what stat and fstat leave in their buffer (stat(II): 36 bytes),
 * the bits of its mode, and the file commands' helpers around it.
 *
 *	struct stat st;
 *	if (stat(name, (char *)&st) < 0) ...
 *
 * V6 keeps a file's size in 24 bits (st_size0, the high byte, and st_size1)
 * and its times as two words, high first: a long on this machine.
 */
#ifndef _STAT_H
#define _STAT_H

struct stat {
	int	st_dev;		/* minor device in the low byte, major in the high */
	int	st_ino;
	int	st_mode;
	char	st_nlink;
	char	st_uid;
	char	st_gid;
	char	st_size0;	/* high byte of the size */
	unsigned st_size1;	/* low word of the size */
	int	st_addr[8];	/* block numbers, or a device's number in st_addr[0] */
	long	st_atime;	/* last access */
	long	st_mtime;	/* last modification */
};

#define S_IALLOC 0100000	/* the inode is in use */
#define S_IFMT	060000		/* the type of file: */
#define S_IFDIR	040000		/* directory */
#define S_IFCHR	020000		/* character special */
#define S_IFBLK	060000		/* block special */
#define S_ILARG	010000		/* large: st_addr holds indirect blocks */
#define S_ISUID	04000		/* set user id on execution */
#define S_ISGID	02000		/* set group id on execution */
#define S_ISVTX	01000		/* keep the text after execution (sticky) */
#define S_IREAD	0400		/* the owner's permissions; >>3 the group's, >>6 others' */
#define S_IWRITE 0200
#define S_IEXEC	0100

#define st_size(sp)	((long)((sp)->st_size0 & 0377) << 16 | (sp)->st_size1)
#define st_nlinks(sp)	((sp)->st_nlink & 0377)
#define st_uids(sp)	((sp)->st_uid & 0377)
#define st_gids(sp)	((sp)->st_gid & 0377)

/*
 * access(name, mode): may the real user read (4), write (2) or search or
 * execute (1) name, as the kernel would decide for him?  0 if so; -1 if not
 * (errno EACCES) or if name cannot be found (stat's errno).  For set-uid
 * programs such as mkdir and rmdir: V6 has no access system call.
 */
int access(char *name, int mode);

/* blocks(sp): the disk blocks of a file, indirect ones included (ls -s, du). */
unsigned blocks(struct stat *sp);

#endif
