/* ttywrite TTY N: write N bytes (the alphabet over and over) to terminal
 * TTY in one write, and say how many went. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

char buf[2000];

int main(int argc, char **argv)
{
	int fd, n, i;

	fd = open(argv[1], 1);
	n = atoi(argv[2]);
	for (i = 0; i < n; i++)
		buf[i] = 'a' + i % 26;
	printf("wrote %d\n", write(fd, buf, n));
	return 0;
}
