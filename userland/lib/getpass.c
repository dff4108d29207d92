/*
 * getpass(prompt): write prompt on the standard output and read a line
 * from the standard input with the terminal's echo turned off, so that a
 * password typed does not appear on the written record of the session.
 * The line comes back without its newline (at most PASSMAX characters
 * kept); 0 if the input ended first.  On a terminal, a newline follows
 * the line (the RETURN typed was not echoed).  The prompt and the input are
 * the standard output and input because that is all getty gives login.
 */
#include <unistd.h>
#include <string.h>
#include <sgtty.h>
#include <pwd.h>

#define PASSMAX	64

char *getpass(char *prompt)
{
	static char buf[PASSMAX + 1];
	struct sgttyb tty;
	int echo, flags, n, got;
	char c;

	write(1, prompt, strlen(prompt));
	echo = gtty(0, (int *)&tty) == 0;
	if (echo) {
		flags = tty.sg_flags;
		tty.sg_flags &= ~ECHO;
		stty(0, (int *)&tty);
	}
	n = 0;
	while ((got = read(0, &c, 1)) == 1 && c != '\n')
		if (n < PASSMAX)
			buf[n++] = c;
	buf[n] = 0;
	if (echo) {
		tty.sg_flags = flags;
		stty(0, (int *)&tty);
		write(1, "\n", 1);
	}
	return got == 1 || n > 0 ? buf : 0;
}
