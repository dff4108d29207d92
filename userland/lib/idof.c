/*
 * idof(file, name): the number that name stands for in file, /etc/passwd
 * or /etc/group (lines NAME:PASSWORD:ID:...): the third field of the line
 * that begins with name; name itself when it is a number; -1 when it is
 * neither.  For chown and chgrp.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
idof(file, name)
char *file, *name;
{
	char buf[512], *line, *end, *p;
	int fd, n, len, field;

	if (*name >= '0' && *name <= '9')
		return atoi(name);
	if ((fd = open(file, 0)) < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n < 0)
		return -1;
	buf[n] = 0;
	len = strlen(name);
	for (line = buf; *line; line = end + 1) {
		if ((end = strchr(line, '\n')) == 0)
			end = line + strlen(line) - 1;
		if (strncmp(line, name, len) != 0 || line[len] != ':')
			continue;
		p = line;
		for (field = 0; field < 2 && p; field++)
			if ((p = strchr(p, ':')) != 0)
				p++;
		return p ? atoi(p) : -1;
	}
	return -1;
}
