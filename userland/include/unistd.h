/*
 * unistd.h: the V6 system calls as C functions (stubs in libc; numbers in
 * v6/sysent.py).  Each returns -1 and sets errno when it fails.
 */
#ifndef _UNISTD_H
#define _UNISTD_H

int read(int fd, char *buf, int n);
int write(int fd, char *buf, int n);
int open(char *name, int mode);
int creat(char *name, int mode);
int close(int fd);
int link(char *name1, char *name2);
int unlink(char *name);
int chdir(char *dir);
int mknod(char *name, int mode, int addr);
int chmod(char *name, int mode);
int chown(char *name, int owner);
int seek(int fd, int offset, int ptrname);
int getpid(void);
int mount(char *special, char *name, int rwflag);
int umount(char *special);
int setuid(int uid);
int getuid(void);
int setgid(int gid);
int getgid(void);
int ptrace(int request, int pid, int *addr, int data);
int stat(char *name, char *buf);
int fstat(int fd, char *buf);
int stty(int fd, int *arg);
int gtty(int fd, int *arg);
int nice(int incr);
int sleep(int seconds);
void sync(void);
int kill(int pid, int sig);
int getcsw(void);
int dup(int fd);
int times(int *buffer);
int profil(char *buf, int bufsiz, int offset, int scale);
void _exit(int status);
int fork(void);
int wait(int *status);
int pipe(int fd[2]);
long time(long *tp);
int stime(long *tp);
int execv(char *name, char **argv);
int execl(char *name, ...);
char *sbrk(int incr);
int brk(char *addr);

int vfork(void);	/* the child runs on the parent's core until exec or _exit */
int rfork(int flags);	/* Plan 9's: with RFPROC a child, the flags saying what it shares */

#define RFFDG	4	/* the child gets a copy of the descriptor table */
#define RFNOTEG	8	/* a new note group: no controlling terminal */
#define RFPROC	16	/* make a new process (else the flags act on the caller) */
#define RFMEM	32	/* share data and bss with the parent (the stack stays private) */
#define RFNOWAIT 64	/* nobody waits for the child */
#define RFCFDG	4096	/* the child starts with no descriptors */

int model(char *name, char *buf);	/* set (name) and/or get (buf[16]) the creation model */
int getpw(int uid, char *buf);		/* its /etc/passwd line: 0 found, 1 not */
char *pwfield(char *line, int n, char *buf);	/* field n of a passwd line */
int ttyn(int fd);			/* '8' for /dev/tty8, 'x' if not a terminal */
int isatty(int fd);

extern int errno;
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char **argv, char *opts);

#endif
