/*
 * tty: the name of the terminal that is the standard input (tty(I)),
 * "tty8" for /dev/tty8.  "not a tty" (exit status 1) if it is none.
 */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	int c;

	c = ttyn(0);
	if (c == 'x') {
		printf("not a tty\n");
		return 1;
	}
	printf("tty%c\n", c);
	return 0;
}
