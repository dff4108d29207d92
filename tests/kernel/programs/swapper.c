/* swapper: more processes than fit in core, each with 12 KB of its own data
 * that must survive being swapped out and in.  Each child fills its copy
 * with its own pattern, sleeps (so others run and it is swapped out), and
 * checks every byte; its exit code is the number of bad bytes (at most 255). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define SIZE 12000

int check(char *p, int seed)
{
	int i, bad;

	bad = 0;
	for (i = 0; i < SIZE; i++)
		if ((p[i] & 0377) != ((seed * 7 + i) & 0377))
			bad++;
	return bad > 255 ? 255 : bad;
}

void fill(char *p, int seed)
{
	int i;

	for (i = 0; i < SIZE; i++)
		p[i] = seed * 7 + i;
}

int main(int argc, char **argv)
{
	char *area;
	int n, i, c, status, bad;

	n = argc > 1 ? atoi(argv[1]) : 6;
	area = sbrk(SIZE);
	fill(area, 1);
	for (i = 0; i < n; i++) {
		fflush(stdout);
		c = fork();
		if (c == 0) {
			fill(area, i + 2);
			sleep(2);
			bad = check(area, i + 2);
			sleep(1);
			exit(bad + check(area, i + 2));
		}
	}
	bad = 0;
	for (i = 0; i < n; i++) {
		wait(&status);
		if (status != 0)
			bad++;
	}
	printf("%d children, %d bad; parent's data %s\n", n, bad, check(area, 1) ? "bad" : "intact");
	return 0;
}
