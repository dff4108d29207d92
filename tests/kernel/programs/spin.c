/* spin LETTER N: N times, a stretch of work (about 1/4 s of simulated
 * time), then LETTER on the standard output. */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i, j, k, n;

	n = atoi(argv[2]);
	for (i = 0; i < n; i++) {
		for (j = 0; j < 30; j++)
			for (k = 0; k < 1000; k++)
				;
		write(1, argv[1], 1);
	}
	write(1, "\n", 1);
	return 0;
}
