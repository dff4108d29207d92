/*
 * getpwname(name, buf): the line of /etc/passwd for the user called name,
 * without its newline, copied into buf (200 characters at most, as getpw);
 * 0 if found, 1 if not.  pwfield (getpw.c) takes its fields apart.
 */
#include <stdio.h>
#include <string.h>
#include <pwd.h>

/* Is the first field of line (up to its colon) exactly name? */
static int named(char *line, char *name)
{
	while (*name && *line == *name) {
		line++;
		name++;
	}
	return *name == 0 && *line == ':';
}

int getpwname(char *name, char *buf)
{
	FILE *f;
	int n;

	f = fopen(PASSWD, "r");
	if (f == NULL)
		return 1;
	while (fgets(buf, 200, f) != NULL) {
		n = strlen(buf);
		if (n > 0 && buf[n - 1] == '\n')
			buf[n - 1] = 0;
		if (named(buf, name)) {
			fclose(f);
			return 0;
		}
	}
	fclose(f);
	return 1;
}
