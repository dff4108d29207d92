/*
 * run PATH ARG0 ARG... : the recorder's wrapper, put on the pack as /tmp/run.
 * Runs PATH with the arguments ARG0 ARG... and its standard error on the new
 * file /tmp/err (V6's shell cannot redirect fd 2), waits for it and prints
 * on the console its wait status, in octal, and V6's time when it started:
 * "=status NNNNNN at SECONDS".
 *
 * The arguments are copied into a vector of their own because V6's exec
 * ends the vector it gives a program with -1, not 0: argv + 2 cannot be
 * passed on as it is.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAXARGS 64

int main(int argc, char **argv)
{
	char *args[MAXARGS + 1];
	char line[40];
	int i, pid, status;
	long started;

	if (argc < 3 || argc - 2 > MAXARGS)
		return 1;
	for (i = 2; i < argc; i++)
		args[i - 2] = argv[i];
	args[argc - 2] = 0;
	time(&started);
	pid = fork();
	if (pid == 0) {
		close(2);
		creat("/tmp/err", 0666);
		execv(argv[1], args);
		_exit(0377);
	}
	while (wait(&status) != pid)
		;
	sprintf(line, "=status %06o at %ld\n", status & 0177777, started);
	write(2, line, strlen(line));
	return 0;
}
