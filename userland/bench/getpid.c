/* getpid N: N null system calls (the kernel benchmark's trap round trip). */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n;

	n = atoi(argv[1]);
	while (n-- > 0)
		getpid();
	return 0;
}
