/* stack: a recursion 20 KB deep, far beyond the 1,280 bytes of stack exec
 * gives, so the stack must grow (the kernel backs up the faulting
 * instruction, grows the segment and restarts it) many times.  Each frame
 * holds 100 bytes that must survive; the result checks them all. */
#include <stdio.h>
#include <stdlib.h>

long deep(int n)
{
	char pad[100];
	int i;
	long below;

	for (i = 0; i < 100; i++)
		pad[i] = n + i;
	below = n > 0 ? deep(n - 1) : 0;
	for (i = 0; i < 100; i++)
		below += pad[i] & 0377;
	return below;
}

int main(int argc, char **argv)
{
	printf("%ld\n", deep(argc > 1 ? atoi(argv[1]) : 180));
	return 0;
}
