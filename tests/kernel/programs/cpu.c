/* cpu: two CPU-bound processes.  Each spins and writes its letter after
 * every stretch of work (about 1/4 s of simulated time), 12 times; the
 * parent then waits.  With time-sharing the letters interleave. */
#include <stdlib.h>
#include <unistd.h>

void spin(char *letter)
{
	int i, j, k;

	for (i = 0; i < 12; i++) {
		for (j = 0; j < 30; j++)
			for (k = 0; k < 1000; k++)
				;
		write(1, letter, 1);
	}
}

int main()
{
	int status;

	if (fork() == 0) {
		spin("B");
		exit(0);
	}
	spin("A");
	wait(&status);
	write(1, "\n", 1);
	return 0;
}
