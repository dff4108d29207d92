/*
 * wall: write to all (wall(VIII)).  The standard input, read to its end,
 * goes to the terminal of every user in /etc/utmp after
 *	Broadcast Message ...
 * (and three bells).  A terminal that cannot be opened - its owner said
 * "mesg n", and wall is not run by the super-user - is reported:
 * "cannot open ttyX".  The message is cut at 1,000 characters.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <utmp.h>

#define HEAD	"\007\007\007Broadcast Message ...\n\n"
#define MAX	1000

char msg[sizeof HEAD + MAX];

int main(void)
{
	static char dev[] = "/dev/ttyX";
	struct utmp u;
	int n, got, fd, tty;

	strcpy(msg, HEAD);
	n = strlen(msg);
	while (n < sizeof msg && (got = read(0, msg + n, sizeof msg - n)) > 0)
		n += got;
	fd = open(UTMP, 0);
	if (fd < 0)
		return 1;
	while (read(fd, (char *)&u, sizeof u) == sizeof u) {
		if (u.ut_name[0] == 0)
			continue;
		dev[8] = u.ut_tty;
		tty = open(dev, 1);
		if (tty < 0) {
			printf("cannot open tty%c\n", u.ut_tty);
			continue;
		}
		write(tty, msg, n);
		close(tty);
	}
	return 0;
}
