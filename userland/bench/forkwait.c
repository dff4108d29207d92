/* forkwait N: N times, fork a child that exits at once, and wait for it. */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n, status;

	n = atoi(argv[1]);
	while (n-- > 0) {
		if (fork() == 0)
			exit(0);
		wait(&status);
	}
	return 0;
}
