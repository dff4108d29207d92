/* execself N: exec itself with N-1 until N is 0 (N execs of a small program). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char count[8];
	int n;

	n = atoi(argv[1]);
	if (n <= 0)
		return 0;
	sprintf(count, "%d", n - 1);
	execl(argv[0], argv[0], count, 0);
	return 1;
}
