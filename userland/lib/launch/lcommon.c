/*
 * The parts of launching that do not depend on the model: where a command
 * is looked for, setting up descriptors and signals in the process that
 * will run it, the search-and-exec, the message for a command that cannot
 * be run, and execlaunch, which is all of these in the calling process.
 */
#include <launch.h>
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <string.h>


static char *places[LPATHS] = { "", "/bin/", "/usr/bin/" };

/* The i-th place NAME is looked for, into buf; 0 if it does not fit. */
int lpath(char *name, int i, char *buf)
{
	if (strlen(places[i]) + strlen(name) >= LPATHSZ)
		return 0;
	strcpy(buf, places[i]);
	strcat(buf, name);
	return 1;
}

/* A copy of fd numbered 3 or more, so that filling 0, 1, 2 cannot overwrite it. */
static int moveup(int fd)
{
	int low[3], n, c;

	n = 0;
	while ((c = dup(fd)) >= 0 && c < 3)
		low[n++] = c;
	while (n > 0)
		close(low[--n]);
	return c;
}

/*
 * Make descriptor to a copy of from.  V6 has no dup2: dup gives the
 * lowest free number, so close to and dup until it comes out, closing
 * the lower numbers that came out on the way (from is 3 or more).
 */
static void movefd(int from, int to)
{
	int got[3], n;

	close(to);
	n = 0;
	while (n < 3 && (got[n] = dup(from)) >= 0 && got[n] != to)
		n++;
	while (n > 0 && got[n - 1] != to)
		n--;
	while (--n >= 0)
		close(got[n]);
}

/* Descriptors 0, 1, 2 as l->fd says; the given ones and l->closes closed. */
void lfds(struct launch *l)
{
	int copy[3], i;

	for (i = 0; i < 3; i++)
		copy[i] = l->fd[i] >= 0 && l->fd[i] != i ? moveup(l->fd[i]) : -1;
	for (i = 0; i < 3; i++)
		if (l->fd[i] > 2)
			close(l->fd[i]);
	for (i = 0; i < NCLOSE && l->closes[i] >= 0; i++)
		if (l->closes[i] > 2)
			close(l->closes[i]);
	for (i = 0; i < 3; i++)
		if (copy[i] >= 0) {
			movefd(copy[i], i);
			close(copy[i]);
		}
}

/* A background command ignores interrupt and quit. */
void lsigs(struct launch *l)
{
	if (l->background) {
		signal(SIGINT, SIG_IGN);
		signal(SIGQIT, SIG_IGN);
	}
}

/*
 * Into v (LSHARGS long): the vector that runs the file path, not a
 * program, as a script: sh path args (argv's, past argv[0]).  0, or E2BIG.
 */
int lshargs(char *path, char **argv, char **v)
{
	int n;

	v[0] = "sh";
	v[1] = path;
	for (n = 1; argv[n]; n++) {
		if (n + 2 >= LSHARGS)
			return E2BIG;
		v[n + 1] = argv[n];
	}
	v[n + 1] = 0;
	return 0;
}

/* Exec path as a script.  The vector is on the stack: a vfork child must not touch the heap. */
static void script(char *path, char **argv)
{
	char *v[LSHARGS];

	if ((errno = lshargs(path, argv, v)) == 0)
		execv("/bin/sh", v);
}

/* Exec the command from NAME, /bin/NAME, /usr/bin/NAME: the errno if none would run. */
int lexec(char **argv)
{
	char path[LPATHSZ];
	int i;

	for (i = 0; i < LPATHS; i++) {
		if (!lpath(argv[0], i, path))
			continue;
		execv(path, argv);
		if (errno == ENOEXEC)
			script(path, argv);
		if (errno == E2BIG)
			return E2BIG;
	}
	return ENOENT;
}

static void say(int fd, char *a, char *b)
{
	write(fd, a, strlen(a));
	write(fd, b, strlen(b));
}

/*
 * Report that l's command cannot be run (err from lexec), on descriptor
 * efd, and move descriptor in to its end if l asks; errno is err; -1.
 */
int lfail(struct launch *l, int err, int in, int efd)
{
	if (err == E2BIG)
		say(efd, "Arg list too long", "\n");
	else
		say(efd, l->argv[0], ": not found\n");
	if (l->seekend)
		seek(in, 0, 2);
	errno = err;
	return -1;
}

void execlaunch(struct launch *l)
{
	lfds(l);
	lsigs(l);
	lfail(l, lexec(l->argv), 0, 2);
	_exit(1);
}
