/*
 * errno.h: the V6 error numbers, left in errno by a failed system call.
 * The numbers are v6/errno.py's; a test holds the two to each other.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

extern int errno;

#define EPERM	1	/* not super-user */
#define ENOENT	2	/* no such file or directory */
#define ESRCH	3	/* no such process */
#define EINTR	4	/* interrupted system call */
#define EIO	5	/* I/O error */
#define ENXIO	6	/* no such device or address */
#define E2BIG	7	/* argument list too long */
#define ENOEXEC	8	/* exec format error */
#define EBADF	9	/* bad file number */
#define ECHILD	10	/* no children */
#define EAGAIN	11	/* no more processes */
#define ENOMEM	12	/* not enough core */
#define EACCES	13	/* permission denied */
#define ENOTBLK	15	/* block device required */
#define EBUSY	16	/* mount device busy */
#define EEXIST	17	/* file exists */
#define EXDEV	18	/* cross-device link */
#define ENODEV	19	/* no such device */
#define ENOTDIR	20	/* not a directory */
#define EISDIR	21	/* is a directory */
#define EINVAL	22	/* invalid argument */
#define ENFILE	23	/* file table overflow */
#define EMFILE	24	/* too many open files */
#define ENOTTY	25	/* not a typewriter */
#define ETXTBSY	26	/* text file busy */
#define EFBIG	27	/* file too large */
#define ENOSPC	28	/* no space left on device */
#define ESPIPE	29	/* illegal seek */
#define EROFS	30	/* read-only file system */
#define EMLINK	31	/* too many links */
#define EPIPE	32	/* broken pipe */
#define EMODEL	33	/* new: another process-creation model is current (strict mode) */
#define EFAULT	106	/* bad address (V6's user.h: outside intro(II)'s list) */

void perror(char *s);	/* "s: what errno means" on the standard error */

#endif
