/*
 * run.c: a parsed line run.  Each pipeline's commands are started through
 * the library's launcher (launch.h), which makes the process by the
 * current creation model; the shell itself never forks.  A parenthesized
 * list is run by another shell, /bin/sh -c with the list's tokens as text,
 * so that it too is just a command to launch.  The shell opens the
 * redirected files and makes the pipes before launching, and closes its
 * copies after.  The builtins (chdir, cd, shift, wait, login, newgrp, :,
 * model) run in the shell, when they are a command alone.
 */
#include <unistd.h>
#include <string.h>
#include <errno.h>
#include <launch.h>
#include "sh.h"

#define SUBSIZ	512	/* characters of a parenthesized list as sh -c text */

static char subtext[SUBSIZ];

static void say2(char *a, char *b)
{
	say(a);
	say(b);
	say("\n");
}

/* The sub-list's tokens as text another shell reads back the same: quoted characters escaped. */
static char *astext(char **tok)
{
	char *p, *s;
	int depth;

	p = subtext;
	depth = 0;
	for (; *tok; tok++) {
		if (special(*tok) && **tok == '(')
			depth++;
		if (special(*tok) && **tok == ')' && depth-- == 0)
			break;
		if (p + 2 * strlen(*tok) + 4 > subtext + SUBSIZ)
			return 0;
		if (**tok == 0) {
			*p++ = '\'';
			*p++ = '\'';
		}
		for (s = *tok; *s; s++) {
			if (*s & QUOTE)
				*p++ = '\\';
			*p++ = *s & 0177;
		}
		*p++ = ' ';
	}
	*p = 0;
	return subtext;
}

/* Open c's < file into l->fd[0] and its > or >> file into l->fd[1]: 0, or -1 said. */
static int redirect(struct cmd *c, struct launch *l)
{
	int fd;

	if (c->in) {
		unquote(c->in);
		if ((fd = open(c->in, 0)) < 0) {
			say2(c->in, ": cannot open");
			return -1;
		}
		l->fd[0] = fd;
	}
	if (c->out) {
		unquote(c->out);
		fd = -1;
		if (c->append && (fd = open(c->out, 1)) >= 0)
			seek(fd, 0, 2);
		if (fd < 0 && (fd = creat(c->out, 0666)) < 0) {
			say2(c->out, ": cannot create");
			if (l->seekend)
				seek(0, 0, 2);	/* as V6's shell: it ends a script */
			return -1;
		}
		l->fd[1] = fd;
	}
	return 0;
}

/* The vector c runs: its words, patterns expanded, or sh -c and its list; 0 said. */
static char **words(struct cmd *c, char **args)
{
	static char *sub[] = { "/bin/sh", "-c", 0, 0 };

	if (c->sub) {
		if ((sub[2] = astext(c->sub)) == 0) {
			error("Command line overflow");
			return 0;
		}
		return sub;
	}
	return glob(c->argv, args) < 0 ? 0 : args;
}

/*
 * Start command c with standard input in (-1: the shell's) and output
 * into pv[1] (-1: the shell's), keeping it from pv[0]: its pid, or -1.
 */
static int start(struct cmd *c, int in, int *pv, int bg)
{
	char *args[NARG];
	struct launch l;
	int pid;

	l.fd[0] = in;
	l.fd[1] = pv[1];
	l.fd[2] = -1;
	l.closes[0] = pv[0];
	l.closes[1] = -1;
	l.background = bg && ontty;
	l.seekend = script;
	pid = -1;
	if (redirect(c, &l) == 0 && (l.argv = words(c, args)) != 0) {
		if (bg && l.fd[0] < 0)
			l.fd[0] = open("/dev/null", 0);	/* the terminal is the shell's */
		pid = launch(&l);
		if (pid < 0 && errno == EAGAIN)
			error("Try again");
	}
	if (l.fd[0] >= 0 && l.fd[0] != in)
		close(l.fd[0]);
	if (l.fd[1] >= 0 && l.fd[1] != pv[1])
		close(l.fd[1]);
	return pid;
}

/* Wait for pid, reporting how every child that ends meanwhile ended; its status. */
int waitfor(int pid)
{
	int p, status;

	for (;;) {
		p = wait(&status);
		if (p < 0) {
			if (errno == EINTR)
				continue;	/* an interrupt: the child has it too */
			return 0;
		}
		report(p, status, pid);
		if (p == pid)
			return status;
	}
}

/* Number n in decimal, for the pid of a command started in the background. */
static void saypid(int n)
{
	char s[8], *p;

	p = s + 7;
	*p = 0;
	do
		*--p = '0' + n % 10;
	while ((n /= 10) != 0);
	say(p);
	say("\n");
}

/* A pipeline: each command started, each pid said if in the background, else the last waited for. */
static void runpipe(struct cmd *c, int bg)
{
	int prev, pv[2], pid;

	prev = -1;
	pid = -1;
	for (; c; c = c->next) {
		pv[0] = pv[1] = -1;
		if (c->next && pipe(pv) < 0) {
			error("Cannot pipe");
			break;
		}
		pid = start(c, prev, pv, bg);
		if (bg && pid > 0)
			saypid(pid);
		if (prev >= 0)
			close(prev);
		if (pv[1] >= 0)
			close(pv[1]);
		prev = pv[0];
	}
	if (prev >= 0)
		close(prev);
	if (!bg && pid > 0)
		waitfor(pid);
}

/* chdir DIR (cd too): the shell's own directory. */
static void bchdir(char **argv)
{
	if (argv[1] == 0)
		say2(argv[0], ": arg count");
	else if (chdir(argv[1]) < 0)
		say2(argv[0], ": bad directory");
}

/* shift: $2 becomes $1, and so on ($0 stays). */
static void bshift(void)
{
	int i;

	if (ndollar < 2) {
		say("shift: no args\n");
		return;
	}
	for (i = 1; i < ndollar - 1; i++)
		dollar[i] = dollar[i + 1];
	ndollar--;
}

/* login, newgrp: the program in place of the shell. */
static void bexec(char **argv)
{
	char path[32];

	strcpy(path, "/bin/");
	strcat(path, argv[0]);
	execv(path, argv);
	say2(argv[0], ": not found");
}

/* model [NAME]: say the process-creation model, or (the super-user) set it. */
static void bmodel(char **argv)
{
	char name[16];

	if (argv[1] == 0) {
		if (model((char *)0, name) < 0)
			say("model: no models\n");
		else {
			write(1, name, strlen(name));
			write(1, "\n", 1);
		}
		return;
	}
	if (model(argv[1], (char *)0) < 0)
		say(errno == EPERM ? "model: not super-user\n" : "model: unknown model\n");
}

static char *builtins[] = { "chdir", "cd", "shift", "wait", "login", "newgrp", "model", 0 };

static int isbuiltin(char *name)
{
	char **b;

	for (b = builtins; *b; b++)
		if (strcmp(name, *b) == 0)
			return 1;
	return 0;
}

/* Run argv, a builtin. */
static void builtin(char **argv)
{
	char *n;

	n = argv[0];
	if (strcmp(n, "chdir") == 0 || strcmp(n, "cd") == 0)
		bchdir(argv);
	else if (strcmp(n, "shift") == 0)
		bshift();
	else if (strcmp(n, "wait") == 0)
		waitfor(-1);
	else if (strcmp(n, "login") == 0 || strcmp(n, "newgrp") == 0)
		bexec(argv);
	else
		bmodel(argv);
}

/* A builtin alone on its pipeline (redirections ignored), or 0. */
static int runbuiltin(struct cmd *c)
{
	char name[8], **v;

	if (c->next || c->sub || c->argv == 0 || strlen(c->argv[0]) >= sizeof name)
		return 0;
	strcpy(name, c->argv[0]);
	unquote(name);
	if (strcmp(name, ":") == 0)
		return 1;	/* a label: its words are not looked at */
	if (!isbuiltin(name))
		return 0;
	for (v = c->argv; *v; v++)
		unquote(*v);	/* builtins' words are not patterns */
	builtin(c->argv);
	return 1;
}

void runlist(struct list *l)
{
	for (; l; l = l->next)
		if (!runbuiltin(l->pipe))
			runpipe(l->pipe, l->background);
}
