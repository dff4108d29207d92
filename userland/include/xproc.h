/*
 * xproc.h: cross-process operations (system calls 49-56, new) — a process
 * built from outside before it runs, as "A fork() in the road" proposes.
 *
 *	pid = pcreate();		an embryo: no image, no descriptors, the
 *					caller's directory; it does not run
 *	pexec(pid, path, argv);		load a program into it
 *	pdup(pid, myfd, childfd);	give it one of the caller's open files
 *	pclosefd(pid, fd);
 *	pchdir(pid, path);
 *	pwritemem(pid, addr, buf, n);	the caller's bytes into its memory
 *	preadmem(pid, addr, buf, n);	its memory into the caller's buffer
 *	pstart(pid);			it runs
 *
 * Only the creator (or the super-user) may operate on an embryo, and only
 * before it starts (EPERM); an embryo whose creator exits is reclaimed, and
 * so is one sent a signal with kill (the way to give up on an embryo).
 * Each returns -1 with errno set on failure; pcreate the pid, pwritemem and
 * preadmem the count, the others 0.
 */
#ifndef _XPROC_H
#define _XPROC_H

int pcreate(void);
int pexec(int pid, char *path, char **argv);
int pdup(int pid, int myfd, int childfd);
int pclosefd(int pid, int fd);
int pchdir(int pid, char *path);
int pwritemem(int pid, char *addr, char *buf, int n);
int preadmem(int pid, char *addr, char *buf, int n);
int pstart(int pid);

#endif
