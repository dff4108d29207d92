/*
 * who [file] [am I]: who is logged in (who(I)): for each entry of
 * /etc/utmp that names a user, the name, the terminal and when the user
 * logged in:
 *	ken     tty0 Aug 14 22:04
 * "who file" reads another file of such entries, /usr/adm/wtmp say, and
 * shows every entry, logouts (no name) and boots (terminal ~) too.
 * "who am I" (any two words) shows only the entry of the terminal that is
 * the standard input, or "Nobody." if there is none.
 */
#include <stdio.h>
#include <unistd.h>
#include <time.h>
#include <utmp.h>

/* One entry as a line: NULs in the name show as blanks, a NUL terminal not at all. */
static void show(struct utmp *u)
{
	int i;

	for (i = 0; i < 8; i++)
		putchar(u->ut_name[i] ? u->ut_name[i] : ' ');
	printf("tty");
	if (u->ut_tty)
		putchar(u->ut_tty);
	printf(" %.12s\n", ctime(&u->ut_time) + 4);
}

int main(int argc, char **argv)
{
	struct utmp u;
	char *file;
	int fd, all, me;

	file = argc == 2 ? argv[1] : UTMP;
	all = argc == 2 || argc > 3;
	me = argc == 3 ? ttyn(0) : 0;
	fd = open(file, 0);
	if (fd < 0)
		return 1;
	while (read(fd, (char *)&u, sizeof u) == sizeof u) {
		if (me != 0 && u.ut_tty != me)
			continue;
		if (all || u.ut_name[0] != 0)
			show(&u);
		if (me != 0)
			return 0;
	}
	if (me != 0)
		printf("Nobody.\n");
	return 0;
}
