/* getpid: N null system calls, for the benchmark; prints nothing. */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n;

	n = argc > 1 ? atoi(argv[1]) : 1000;
	while (n-- > 0)
		getpid();
	return 0;
}
