/*
 * init: process 1, which the kernel starts at boot (init(VIII)).
 *
 * Single-user: if the console switches read 0173030, the console
 * /dev/tty8 gets a super-user shell at once, with no /etc/rc, getty or
 * login.  When that shell ends, the system goes multi-user.
 *
 * Multi-user: the shell runs /etc/rc (its standard input, output and error
 * "/", read-only, so what rc prints goes nowhere); /etc/utmp is emptied and
 * a boot entry (terminal '~') appended to /usr/adm/wtmp if that exists.
 * Then each line of /etc/ttys that starts with 1 (the second character
 * names the terminal, the third is getty's speed table) gets a process
 * that opens /dev/ttyX as its standard input and output - on a DH11 line
 * the open waits for someone to connect - and runs /etc/getty with the
 * table's character.  Getty becomes login, login the user's shell; when it
 * ends (logout, or a hangup) the terminal's utmp entry is cleared, a logout
 * entry (empty name) goes to wtmp, and a new getty takes the line.
 * Processes whose parents have died become init's children: waiting for
 * them is all there is to do.
 *
 * A hangup signal (kill -1 1) makes init read /etc/ttys again, as V6's
 * did: the process on each line no longer enabled is killed (and its utmp
 * entry cleared), each line newly enabled gets a getty, the others are left
 * alone.  Interrupt and quit signals do nothing to init.
 */
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <utmp.h>
#include <launch.h>

#define SINGLE	0173030	/* the switch setting for single-user */
#define NLINE	36		/* terminals tty0-tty9, ttya-ttyz */
#define DEAD	0377		/* a line's child's exit code: its terminal cannot be used */

struct line {
	char	name;	/* X of /dev/ttyX */
	char	code;	/* getty's speed table */
	int	pid;	/* the process on it (getty, login or the shell); 0 none */
};

struct line lines[NLINE];
int nlines;
int hangup;


/* Run a child to its end (other children that end meanwhile are reaped too). */
static void await(int pid)
{
	int status, got;

	do
		got = wait(&status);
	while (got != pid && !(got == -1 && errno == ECHILD));
}

/*
 * Where init makes a process: through libc's launcher, so that it works
 * under every process-creation model, strict mode included.  argv runs
 * with init's own descriptors.  The process table may be full (EAGAIN):
 * try again.  The pid, or 0 if the program cannot be run.
 */
static int start(char **argv)
{
	struct launch l;
	int pid;

	l.argv = argv;
	l.fd[0] = l.fd[1] = l.fd[2] = -1;
	l.closes[0] = -1;
	l.background = 0;
	l.seekend = 0;
	while ((pid = launch(&l)) == -1 && errno == EAGAIN)
		sleep(5);
	return pid < 0 ? 0 : pid;
}

/* Open name with mode as descriptors 0, 1 and 2 (init has none open). */
static int stdio(char *name, int mode)
{
	if (open(name, mode) < 0)
		return -1;
	dup(0);
	dup(0);
	return 0;
}

/* Close descriptors 0, 1 and 2 again. */
static void nostdio(void)
{
	close(0);
	close(1);
	close(2);
}

/*
 * The super-user's shell on the console, until it ends.  It must open the
 * console itself, to make it its controlling terminal and not init's
 * (init's children would all inherit it): so it is made by fork, the one
 * model that runs code in the child before exec.  Under strict mode with
 * another model single-user mode cannot start; it is the operator's.
 */
static void single(void)
{
	int pid;

	while ((pid = fork()) == -1)
		sleep(5);
	if (pid == 0) {
		if (stdio("/dev/tty8", 2) == 0)
			execl("/bin/sh", "-", 0);
		_exit(DEAD);
	}
	await(pid);
}

/* Append an entry to wtmp, if there is one. */
static void wtmp(struct utmp *u)
{
	int fd;

	fd = open(WTMP, 1);
	if (fd < 0)
		return;
	seek(fd, 0, 2);
	write(fd, (char *)u, sizeof *u);
	close(fd);
}

/* An entry of no one, on terminal tty, stamped now. */
static void nobody(struct utmp *u, int tty)
{
	char *p;
	int i;

	p = (char *)u;
	for (i = 0; i < sizeof *u; i++)
		p[i] = 0;
	u->ut_tty = tty;
	time(&u->ut_time);
}

/* /etc/rc (output to nowhere: "/" read-only), then a fresh utmp and wtmp's boot entry. */
static void boot(void)
{
	struct utmp u;

	static char *rc[] = { "/bin/sh", "/etc/rc", 0 };

	if (stdio("/", 0) == 0) {	/* output to nowhere: "/" is open read-only */
		await(start(rc));
		nostdio();
	}
	close(creat(UTMP, 0644));
	nobody(&u, '~');
	wtmp(&u);
}

/* The session on a line has ended: clear its utmp entry, note it in wtmp. */
static void logout(struct line *l)
{
	struct utmp u;
	int fd;

	nobody(&u, 0);
	fd = open(UTMP, 1);
	if (fd >= 0) {
		seek(fd, utslot(l->name) * sizeof u, 0);
		write(fd, (char *)&u, sizeof u);
		close(fd);
	}
	nobody(&u, l->name);
	wtmp(&u);
}

/*
 * A getty on the line; the terminal is root's, writable by others, until
 * login.  getty opens the terminal itself, so that it becomes getty's
 * controlling terminal (see getty.c).
 */
static void getty(struct line *l)
{
	static char dev[] = "/dev/ttyX";
	static char code[] = "X";
	static char *argv[] = { "/etc/getty", code, dev, 0 };

	dev[8] = l->name;
	code[0] = l->code;
	chown(dev, 0);
	chmod(dev, 0622);
	l->pid = start(argv);
}

/* The enabled lines of /etc/ttys into t; how many. */
static int readttys(struct line *t)
{
	char buf[NLINE * 4 + 1];
	int fd, n, i, count;

	fd = open("/etc/ttys", 0);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	count = 0;
	for (i = 0; i + 2 < n && count < NLINE; i += 4) {
		if (buf[i] != '1')
			continue;
		t[count].name = buf[i + 1];
		t[count].code = buf[i + 2];
		t[count].pid = 0;
		count++;
	}
	return count;
}

/* The entry of terminal name among the n of t, or 0. */
static struct line *byname(struct line *t, int n, int name)
{
	int i;

	for (i = 0; i < n; i++)
		if (t[i].name == name)
			return &t[i];
	return 0;
}

/* After a hangup: /etc/ttys again; stop lines dropped, start lines added. */
static void rescan(void)
{
	struct line fresh[NLINE];
	struct line *old;
	int n, i;

	n = readttys(fresh);
	for (i = 0; i < nlines; i++)
		if (lines[i].pid && byname(fresh, n, lines[i].name) == 0) {
			kill(lines[i].pid, SIGKIL);
			logout(&lines[i]);
		}
	for (i = 0; i < n; i++) {
		old = byname(lines, nlines, fresh[i].name);
		if (old != 0)
			fresh[i].pid = old->pid;
	}
	for (i = 0; i < n; i++)
		lines[i] = fresh[i];
	nlines = n;
	for (i = 0; i < nlines; i++)
		if (lines[i].pid == 0)
			getty(&lines[i]);
}

/*
 * Interrupt and quit are caught and do nothing: V6's init died of a quit
 * (kill -3 1), leaving nobody to start gettys.  Caught, not ignored, so
 * that the programs init starts get them back (exec resets a caught signal,
 * but an ignored one stays ignored).
 */
static int shrug(void)
{
	signal(SIGINT, shrug);
	signal(SIGQIT, shrug);
	return 0;
}

static int onhangup(void)
{
	signal(SIGHUP, onhangup);
	hangup = 1;
	return 0;
}

/* A child ended: if it was a line's, clean up after it and start a getty. */
static void ended(int pid, int status)
{
	struct line *l;
	int i;

	for (i = 0; i < nlines; i++) {
		l = &lines[i];
		if (l->pid != pid)
			continue;
		l->pid = 0;
		logout(l);
		if ((status >> 8 & 0377) != DEAD)
			getty(l);
	}
}

int main(void)
{
	int pid, status;

	shrug();
	if (getcsw() == SINGLE)
		single();
	boot();
	signal(SIGHUP, onhangup);
	nlines = 0;
	rescan();
	for (;;) {
		pid = wait(&status);
		if (hangup) {
			hangup = 0;
			rescan();
		}
		if (pid != -1)
			ended(pid, status);
		else if (errno == ECHILD)
			sleep(60);
	}
}
