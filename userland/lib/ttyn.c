/*
 * ttyn(fd): the last character of the name of the terminal open on fd
 * ('8' for /dev/tty8), or 'x' if fd is not a terminal (V6's ttyn).
 * isatty(fd): whether fd is a terminal.
 */
#include <unistd.h>

int isatty(int fd)
{
	int modes[3];

	return gtty(fd, modes) == 0;
}

int ttyn(int fd)
{
	int st[18], dst[18], dir, n;
	char entry[16], path[20];
	int i;

	if (!isatty(fd) || fstat(fd, (char *)st) < 0)
		return 'x';
	dir = open("/dev", 0);
	if (dir < 0)
		return 'x';
	while ((n = read(dir, entry, 16)) == 16) {
		if (entry[0] == 0 && entry[1] == 0)
			continue;
		for (i = 0; i < 5; i++)
			path[i] = "/dev/"[i];
		for (i = 0; i < 14 && entry[i + 2]; i++)
			path[5 + i] = entry[i + 2];
		path[5 + i] = 0;
		if (stat(path, (char *)dst) == 0 && (dst[2] & 060000) == 020000 && dst[6] == st[6]) {
			close(dir);
			return path[5 + i - 1];
		}
	}
	close(dir);
	return 'x';
}
