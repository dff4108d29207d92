/*
 * getpw(uid, buf): the line of /etc/passwd whose user id is uid, without
 * its newline, copied into buf; 0 if found, 1 if not (V6's getpw).
 * pwfield(line, n, buf): field n (0 name, 1 password, 2 uid, 3 gid, 4 gcos,
 * 5 home directory, 6 shell) of such a line, copied into buf; buf.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *pwfield(char *line, int n, char *buf)
{
	char *p;

	while (n > 0 && *line)
		if (*line++ == ':')
			n--;
	p = buf;
	while (*line && *line != ':' && *line != '\n')
		*p++ = *line++;
	*p = 0;
	return buf;
}

int getpw(int uid, char *buf)
{
	FILE *f;
	char num[8];
	int n;

	f = fopen("/etc/passwd", "r");
	if (f == NULL)
		return 1;
	while (fgets(buf, 200, f) != NULL) {
		n = strlen(buf);
		if (n > 0 && buf[n - 1] == '\n')
			buf[n - 1] = 0;
		if (atoi(pwfield(buf, 2, num)) == uid) {
			fclose(f);
			return 0;
		}
	}
	fclose(f);
	return 1;
}
