/*
 * time: time COMMAND [ARG ...] -- run COMMAND, then say how long it took.
 *
 * The command is started through the launcher (launch.h), so by the
 * current process-creation model, and waited for; then, on the standard
 * error, after an empty line, as V6's time printed them:
 *	real	the time that passed, in seconds (the clock has whole seconds)
 *	user	the processor time the command (and its children) spent in
 *		its own code
 *	sys	and in the system on its behalf
 * each in seconds and tenths, right-aligned.  The exit status is the
 * command's.  No options.
 */
#include <stdio.h>
#include <unistd.h>
#include <launch.h>

#define NARGS	256	/* exec's 512 bytes of arguments hold no more */

struct tbuf {		/* what times() fills in: clock ticks (60 a second) */
	int	user;
	int	sys;
	long	cuser;	/* the children's, once waited for */
	long	csys;
};

/* label and a number of tenths of a second, as "label      12.3". */
static void show(char *label, long tenths)
{
	char num[16];

	sprintf(num, "%ld.%d", tenths / 10, (int)(tenths % 10));
	fprintf(stderr, "%-4s%11s\n", label, num);
}

static int run(char **argv)
{
	struct launch l;
	int pid, p, status;

	l.argv = argv;
	l.fd[0] = l.fd[1] = l.fd[2] = -1;
	l.closes[0] = -1;
	l.background = 0;
	l.seekend = 0;
	if ((pid = launch(&l)) < 0)
		return 1 << 8;
	while ((p = wait(&status)) != pid)
		if (p < 0)
			return 0;
	return status;
}

int main(int argc, char **argv)
{
	char *v[NARGS];
	struct tbuf before, after;
	long start, end;
	int status, i;

	if (argc < 2)
		return 0;
	/* exec ends argv with -1, not 0: the command's vector needs a 0 */
	for (i = 1; i < argc && i < NARGS; i++)
		v[i - 1] = argv[i];
	v[i - 1] = 0;
	time(&start);
	times((int *)&before);
	status = run(v);
	time(&end);
	times((int *)&after);
	fprintf(stderr, "\n");
	show("real", (end - start) * 10);
	show("user", (after.cuser - before.cuser) / 6);
	show("sys", (after.csys - before.csys) / 6);
	return status >> 8;
}
