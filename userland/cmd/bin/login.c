/*
 * login [name]: sign on (login(I)).  getty runs it with the name typed at
 * "login:"; the shell runs it for its login command, to change from one
 * user to another on the same terminal.
 *
 * Without a name it asks "Name: ".  If /etc/passwd gives the user a
 * password, it asks "Password: " with the terminal's echo turned off.  A
 * name that is not there or a wrong password gets "Login incorrect." and
 * the name is asked again.  Then: the user's entry in /etc/utmp (the slot
 * of the terminal, utmp(V)) and in /usr/adm/wtmp if that exists; the
 * working directory the user's home; the terminal the user's (chown); the
 * group and user ids the user's; /etc/motd printed, "You have mail." if the
 * home directory holds a non-empty .mail; and the user's shell (/bin/sh
 * when the field is empty) run as "-", which tells the shell it is a login
 * shell.
 *
 * login is set-uid root: it may change the ids and the terminal's owner.
 */
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <utmp.h>
#include <stat.h>

char line[200];		/* the user's /etc/passwd entry */

/* Write s on the standard output (no stdio: login ends in exec). */
static void say(char *s)
{
	write(1, s, strlen(s));
}

/* Ask for a name; 0 at the end of the input. */
static char *askname(void)
{
	static char name[64];
	int n;
	char c;

	write(1, "Name: ", 7);	/* with its NUL, as V6's login wrote it */
	n = 0;
	for (;;) {
		if (read(0, &c, 1) != 1)
			return 0;
		if (c == '\n')
			break;
		if (n < sizeof name - 1)
			name[n++] = c;
	}
	name[n] = 0;
	return name;
}

/* Is name a user, who gives the right password if there is one? */
static int valid(char *name)
{
	char stored[200];
	char *typed;

	if (name[0] == 0 || getpwname(name, line) != 0)
		return 0;
	pwfield(line, 1, stored);
	if (stored[0] == 0)
		return 1;
	typed = getpass("Password: ");
	if (typed == 0)
		exit(1);
	return strcmp(crypt(typed, stored), stored) == 0;
}

/* Write the user's utmp entry, and add it to wtmp. */
static void account(char *name, int tty)
{
	struct utmp u;
	int fd, i;

	for (i = 0; i < 8; i++)
		u.ut_name[i] = *name ? *name++ : ' ';
	u.ut_tty = tty;
	u.ut_pad = 0;
	u.ut_pad2 = 0;
	time(&u.ut_time);
	fd = open(UTMP, 1);
	if (fd >= 0) {
		seek(fd, utslot(tty) * sizeof u, 0);
		write(fd, (char *)&u, sizeof u);
		close(fd);
	}
	fd = open(WTMP, 1);
	if (fd >= 0) {
		seek(fd, 0, 2);
		write(fd, (char *)&u, sizeof u);
		close(fd);
	}
}

/* Copy a file to the standard output, if it is there. */
static void show(char *file)
{
	char buf[512];
	int fd, n;

	fd = open(file, 0);
	if (fd < 0)
		return;
	while ((n = read(fd, buf, sizeof buf)) > 0)
		write(1, buf, n);
	close(fd);
}

/* Mail waits in a non-empty .mail in the home directory (the current one by now). */
static void mail(void)
{
	struct stat st;

	if (stat(".mail", (char *)&st) == 0 && st_size(&st) > 0)
		say("You have mail.\n");
}

int main(int argc, char **argv)
{
	static char dev[] = "/dev/ttyX";
	char field[200], shell[200];
	char *name;
	int tty, uid, gid;

	name = argc > 1 ? argv[1] : askname();
	while (name != 0 && !valid(name)) {
		say("Login incorrect.\n");
		name = askname();
	}
	if (name == 0)
		exit(1);	/* the input ended: init starts a new getty */
	uid = atoi(pwfield(line, 2, field));
	gid = atoi(pwfield(line, 3, field));
	tty = ttyn(0);
	if (tty != 'x') {
		account(name, tty);
		dev[8] = tty;
		chown(dev, uid);
	}
	if (chdir(pwfield(line, 5, field)) < 0) {
		say("No directory\n");
		exit(1);
	}
	setgid(gid);
	setuid(uid);
	show("/etc/motd");
	mail();
	pwfield(line, 6, shell);
	execl(shell[0] ? shell : "/bin/sh", "-", 0);
	say("No shell\n");
	exit(1);
}
