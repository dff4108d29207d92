/*
 * fib: print fib(N) (default 20), computed by the doubly recursive
 * definition.  A benchmark of the CPU on real code: nearly every
 * instruction is part of a call, a return or the prologue and epilogue
 * around them.
 */
#include <stdio.h>
#include <stdlib.h>

int fib(int n)
{
	if (n < 2)
		return n;
	return fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv)
{
	int n;

	n = argc > 1 ? atoi(argv[1]) : 20;
	printf("fib(%d) = %d\n", n, fib(n));
	return 0;
}
