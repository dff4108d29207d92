/*
 * if: if EXPR COMMAND [ARG ...] -- run COMMAND if EXPR is true.
 *
 * The shell's conditional, a command of its own as in V6.  EXPR is made of
 *	-r FILE		FILE can be read
 *	-w FILE		FILE can be written
 *	S1 = S2		the strings are the same
 *	S1 != S2	they differ
 * joined by ! (not), -a (and), -o (or), in that order of binding, and
 * grouped with ( ) (which the shell wants quoted: \( \)).  COMMAND is
 * looked for as the shell looks for commands and run in this process,
 * with the same descriptors: so `if ... goto label' moves the script.
 * An expression that does not parse is "if error"; a COMMAND that cannot
 * be run is "no command", and ends the script (its standard input is
 * moved to its end) as a command the shell cannot find does.
 */
#include <unistd.h>
#include <string.h>
#include <launch.h>

#define NARGS	256	/* exec's 512 bytes of arguments hold no more */

static char **ap;	/* the next argument */
static int bad;		/* the expression does not parse */

static int is(char *s)
{
	return *ap && strcmp(*ap, s) == 0;
}

static int expr(void);

/* A primary: ( EXPR ), -r FILE, -w FILE, S1 = S2, S1 != S2. */
static int primary(void)
{
	int r, fd;

	if (*ap == 0) {
		bad = 1;
		return 0;
	}
	if (is("(")) {
		ap++;
		r = expr();
		if (!is(")"))
			bad = 1;
		else
			ap++;
		return r;
	}
	if ((is("-r") || is("-w")) && ap[1]) {
		fd = open(ap[1], is("-w") ? 1 : 0);
		ap += 2;
		if (fd >= 0)
			close(fd);
		return fd >= 0;
	}
	if (ap[1] && ap[2] && (strcmp(ap[1], "=") == 0 || strcmp(ap[1], "!=") == 0)) {
		r = strcmp(ap[0], ap[2]) == 0;
		if (ap[1][0] == '!')
			r = !r;
		ap += 3;
		return r;
	}
	bad = 1;
	return 0;
}

static int negation(void)
{
	if (is("!")) {
		ap++;
		return !negation();
	}
	return primary();
}

static int conjunction(void)
{
	int r;

	r = negation();
	while (!bad && is("-a")) {
		ap++;
		r = negation() & r;
	}
	return r;
}

static int expr(void)
{
	int r;

	r = conjunction();
	while (!bad && is("-o")) {
		ap++;
		r = conjunction() | r;
	}
	return r;
}

static void say(char *s)
{
	write(1, s, strlen(s));
}

int main(int argc, char **argv)
{
	char *v[NARGS];
	int r, i;

	if (argc < 2)
		return 0;
	/* exec ends argv with -1, not 0: the command's own vector needs a 0 */
	for (i = 1; i < argc && i < NARGS; i++)
		v[i - 1] = argv[i];
	v[i - 1] = 0;
	ap = v;
	r = expr();
	if (bad) {
		say("if error\n");
		return 1;
	}
	if (!r || *ap == 0)
		return 0;
	lexec(ap);
	say("no command\n");
	seek(0, 0, 2);
	return 0;
}
