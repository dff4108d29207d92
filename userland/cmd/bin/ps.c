/*
 * ps [alx]: report the status of processes (the flags may follow a '-').
 *   a  every process that has a terminal (else only your own)
 *   x  processes without a terminal too
 *   l  the long listing
 * The short listing gives the process id, the terminal's letter (? for
 * none), the time used (user and system, minutes:seconds) and the
 * command.  The long listing adds, before those, the flags (octal:
 * 01 in core, 02 the swapper, 04 locked, 010 being swapped), the state
 * (S sleeping, W waiting, R running, I being created, Z exited, T
 * stopped), the user id, the parent's id, recent CPU use, priority,
 * nice, the size in 512-byte blocks of data and stack, and what the
 * process waits on (a number; blank if it is running).
 *
 * V6's ps read the process table and each process's arguments from
 * core and the swap device; this one asks the kernel through pstat (a
 * system call of ours) and so knows only the command's name, not its
 * arguments (an exited process is <defunct>).  V6's columns could not
 * be checked (its ps needs a swap device the distributed pack lacks):
 * these follow the ps(I) manual's list of them.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <pstat.h>
#include <stat.h>

#define NTTY	32

int aflag, lflag, xflag;
int ttydev[NTTY];	/* device numbers of the terminals in /dev */
char ttychar[NTTY];	/* and the last letters of their names */
int nttys;

/* Learn the terminals' device numbers from /dev. */
void
readdev(void)
{
	struct stat st;
	char entry[16], path[24];
	int dir, n;

	if ((dir = open("/dev", 0)) < 0)
		return;
	while (read(dir, entry, 16) == 16 && nttys < NTTY) {
		if ((entry[0] == 0 && entry[1] == 0) || strncmp(entry + 2, "tty", 3) != 0)
			continue;
		strcpy(path, "/dev/");
		strncat(path, entry + 2, 14);
		if (stat(path, (char *)&st) < 0 || (st.st_mode & S_IFMT) != S_IFCHR)
			continue;
		n = strlen(path);
		ttydev[nttys] = st.st_addr[0];
		ttychar[nttys++] = path[n - 1];
	}
	close(dir);
}

/* The letter of terminal dev, '?' if it has none in /dev. */
int
ttyletter(int dev)
{
	int i;

	for (i = 0; i < nttys; i++)
		if (ttydev[i] == dev)
			return ttychar[i];
	return '?';
}

/* Is process p one to show? */
int
wanted(struct pstat *p)
{
	if (p->ps_tty == -1)
		return xflag;
	return aflag || p->ps_uid == (getuid() & 0377);	/* V6: effective << 8 | real */
}

void
header(void)
{
	if (lflag)
		printf(" F S UID   PID  PPID CPU PRI NICE  SZ  WCHAN TTY TIME CMD\n");
	else
		printf("  PID TTY TIME CMD\n");
}

/* One process's line. */
void
show(struct pstat *p)
{
	static char states[] = "0SWRIZT";
	long t;

	t = (p->ps_utime + p->ps_stime) / 60;
	if (lflag) {
		printf("%2o %c%4d%6d%6d%4d%4d%5d%4d", p->ps_flag,
		       states[p->ps_stat < 7 ? p->ps_stat : 0], p->ps_uid, p->ps_pid,
		       p->ps_ppid, p->ps_cpu & 0377, p->ps_pri, p->ps_nice, (p->ps_size + 7) / 8);
		if (p->ps_wchan)
			printf("%7o", p->ps_wchan);
		else
			printf("       ");
		printf("%4c", ttyletter(p->ps_tty));
	} else
		printf("%5d %c  ", p->ps_pid, ttyletter(p->ps_tty));
	printf("%3ld:%02ld ", t / 60, t % 60);
	printf("%s\n", p->ps_stat == SZOMB ? "<defunct>" : p->ps_comm);
}

int
main(int argc, char **argv)
{
	struct pstat p;
	char *s;
	int slot;

	if (argc > 1)
		for (s = argv[1]; *s; s++) {
			if (*s == 'a')
				aflag = 1;
			else if (*s == 'l')
				lflag = 1;
			else if (*s == 'x')
				xflag = 1;
		}
	readdev();
	header();
	for (slot = 0; slot < NPROC; slot++)
		if (pstat(slot, &p) == 1 && wanted(&p))
			show(&p);
	return 0;
}
