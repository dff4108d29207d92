/* forktree: N children, each exiting with its index; the parent waits for
 * all and prints each status it got, in pid order, then its own pid. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n, i, pid, status, pids[10], st[10], got;

	n = argc > 1 ? atoi(argv[1]) : 3;
	for (i = 0; i < n; i++) {
		fflush(stdout);
		pid = fork();
		if (pid == 0)
			exit(i + 1);
		pids[i] = pid;
	}
	for (got = 0; got < n; got++) {
		pid = wait(&status);
		for (i = 0; i < n; i++)
			if (pids[i] == pid)
				st[i] = status;
	}
	for (i = 0; i < n; i++)
		printf("child %d status %o\n", i, st[i]);
	if (wait(&status) == -1)
		printf("no more children: errno %d\n", errno);
	return 0;
}
