/* pingpong N: N round trips of one byte between two processes over two
 * pipes (each round trip two context switches). */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n, status, there[2], back[2];
	char c;

	n = atoi(argv[1]);
	pipe(there);
	pipe(back);
	if (fork() == 0) {
		close(there[1]);
		while (read(there[0], &c, 1) == 1)
			write(back[1], &c, 1);
		exit(0);
	}
	close(there[0]);
	while (n-- > 0) {
		write(there[1], "x", 1);
		read(back[0], &c, 1);
	}
	close(there[1]);
	wait(&status);
	return 0;
}
