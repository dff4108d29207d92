/*
 * kill [-signo] processid ...: send signal signo (decimal, 1-19; else 15,
 * SIGTERM) to each of the processes.  Messages as V6's, on the standard
 * output: "non-numeric arg" for a signal or a process id that is not a
 * number, "N: not found" when the signal could not be sent (no such
 * process, or not yours).  V6's kill took only one-digit signals (kill
 * -13 said "non-numeric arg"); this one takes any the system has.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NSIG	20

/* The decimal number s, or -1 if it is not one. */
int
number(char *s)
{
	int n;

	if (*s == 0)
		return -1;
	for (n = 0; *s; s++) {
		if (*s < '0' || *s > '9' || n > 3276)
			return -1;
		n = n * 10 + *s - '0';
	}
	return n;
}

int
main(int argc, char **argv)
{
	int i, sig, pid, status;

	sig = 15;
	i = 1;
	if (argc > 1 && argv[1][0] == '-') {
		sig = number(argv[1] + 1);
		if (sig < 1 || sig >= NSIG) {
			printf("non-numeric arg\n");
			exit(1);
		}
		i++;
	}
	status = 0;
	for (; i < argc; i++) {
		if ((pid = number(argv[i])) < 0) {
			printf("non-numeric arg\n");
			status = 1;
		} else if (kill(pid, sig) < 0) {
			printf("%d: not found\n", pid);
			status = 1;
		}
	}
	return status;
}
