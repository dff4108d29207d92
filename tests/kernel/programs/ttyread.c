/* ttyread TTY N [raw]: open the terminal TTY, and N times read it and say
 * what came, bytes in octal; with "raw", first put it in raw mode.  Then
 * write "done {}|~`" to it. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int fd, n, i, j, k, modes[3];
	char buf[300];

	fd = open(argv[1], 2);
	if (fd < 0) {
		printf("cannot open %s\n", argv[1]);
		return 1;
	}
	if (argc > 3) {
		gtty(fd, modes);
		modes[2] |= 040;
		stty(fd, modes);
	}
	n = atoi(argv[2]);
	for (i = 0; i < n; i++) {
		k = read(fd, buf, sizeof buf);
		printf("read %d:", k);
		for (j = 0; j < k; j++)
			printf(" %o", buf[j] & 0377);
		printf("\n");
		fflush(stdout);
	}
	write(fd, "done {}|~`\n", 11);
	return 0;
}
