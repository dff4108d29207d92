/*
 * write user [ttyno]: copy lines from your terminal to another user's
 * (write(I)).  The other terminal first gets
 *	Message from yourname...
 * (with three bells), then every line you type, until the end of your
 * input or an interrupt, when it gets "EOT".  A line that starts with !
 * is a command for the shell instead, and a ! on a line of its own says it
 * is done.  ttyno (the last character of a terminal's name) picks one
 * terminal of a user logged in on several.
 *
 * The user is found in /etc/utmp; you are whoever /etc/utmp says is on the
 * terminal of your standard input ("??" if nobody).  A terminal whose owner
 * said "mesg n" (no write permission for others) is not written to, even
 * by the super-user.  Messages go to the standard output: "Arg count",
 * "user not logged in.", "Permission denied.".
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <launch.h>
#include <signal.h>
#include <utmp.h>
#include <stat.h>

int target;	/* the other terminal, open for writing */

/* Does utmp's blank-padded name say name? */
static int same(char *padded, char *name)
{
	int i;

	for (i = 0; i < 8 && name[i]; i++)
		if (padded[i] != name[i])
			return 0;
	return name[i] == 0 && (i == 8 || padded[i] == ' ' || padded[i] == 0);
}

/* The utmp entry for user (on terminal tty, unless tty is 0) into u; 0 if none. */
static int find(char *user, int tty, struct utmp *u)
{
	int fd, found;

	fd = open(UTMP, 0);
	if (fd < 0)
		return 0;
	found = 0;
	while (!found && read(fd, (char *)u, sizeof *u) == sizeof *u)
		found = u->ut_name[0] && (user == 0 || same(u->ut_name, user)) &&
		    (tty == 0 || u->ut_tty == tty);
	close(fd);
	return found;
}

/* Who is writing: the user of the standard input's terminal, blanks trimmed. */
static char *me(void)
{
	static char name[9];
	struct utmp u;
	int i, tty;

	tty = ttyn(0);
	if (tty == 'x' || !find(0, tty, &u))
		return "??";
	for (i = 0; i < 8 && u.ut_name[i] != ' ' && u.ut_name[i]; i++)
		name[i] = u.ut_name[i];
	name[i] = 0;
	return name;
}

/* Open the terminal of u for writing, if its owner lets others write. */
static int reach(struct utmp *u)
{
	static char dev[] = "/dev/ttyX";
	struct stat st;

	dev[8] = u->ut_tty;
	if (stat(dev, (char *)&st) < 0 || (st.st_mode & S_IWRITE >> 6) == 0)
		return -1;
	return open(dev, 1);
}

static void say(char *s)
{
	write(target, s, strlen(s));
}

static int eot(void)
{
	say("EOT\n");
	exit(0);
	return 0;
}

/* Run a command line with the shell, then say so with a "!". */
static void shell(char *cmd)
{
	int pid, status;

	pid = launchsh(cmd);
	signal(SIGINT, SIG_IGN);
	while (pid > 0 && wait(&status) != pid)
		;
	signal(SIGINT, eot);
	printf("!\n");
	fflush(stdout);
}

int main(int argc, char **argv)
{
	struct utmp u;
	char line[256];

	if (argc < 2) {
		printf("Arg count\n");
		return 1;
	}
	if (!find(argv[1], argc > 2 ? argv[2][0] : 0, &u)) {
		if (argc > 2)
			printf("%s %s not logged in.\n", argv[1], argv[2]);
		else
			printf("%s not logged in.\n", argv[1]);
		return 1;
	}
	if ((target = reach(&u)) < 0) {
		printf("Permission denied.\n");
		return 1;
	}
	signal(SIGINT, eot);
	say("\n\007\007\007Message from ");
	say(me());
	say("...\n");
	while (fgets(line, sizeof line, stdin) != NULL) {
		if (line[0] == '!')
			shell(line + 1);
		else
			say(line);
	}
	eot();
	return 0;
}
