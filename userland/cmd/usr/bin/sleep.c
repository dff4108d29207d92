/*
 * sleep time: suspend execution for time seconds (a decimal number).
 * Messages as V6's, on the standard output: "arg count" without an
 * argument, "bad character" for one that is not all digits.  A time
 * past 65535 seconds (which V6's sleep took modulo 65536) is slept in
 * full.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define CHUNK	30000	/* seconds asked of the system at a time */

int
main(int argc, char **argv)
{
	long n;
	char *s;

	if (argc < 2) {
		printf("arg count\n");
		exit(1);
	}
	n = 0;
	for (s = argv[1]; *s; s++) {
		if (*s < '0' || *s > '9') {
			printf("bad character\n");
			exit(1);
		}
		n = n * 10 + *s - '0';
	}
	for (; n > CHUNK; n -= CHUNK)
		sleep(CHUNK);
	sleep((int)n);
	return 0;
}
