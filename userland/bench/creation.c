/*
 * creation WAY KB N: grow this process's image (text and data) to KB
 * kilobytes through break, then N times create a child running /bin/nop with one way of
 * making processes, and wait for it.  The ways: fork (fork, then exec in
 * the child), vfork (the same with vfork), spawn (posix_spawn), xproc
 * (pcreate, pexec, pstart), rfork (rfork(RFPROC|RFFDG), then exec: a copy
 * like fork's) and rfmem (rfork(RFPROC|RFFDG|RFMEM), then exec: the data
 * shared, only the stack copied).  One creation more comes first, so
 * that /bin/nop is in the buffer cache before the counted ones.  v6 bench
 * models times the cycles from one child's exit to the next's.  Exit
 * status 1 if a creation fails.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <spawn.h>
#include <xproc.h>

char *child[] = { "nop", 0 };

/* Make the child; its pid, or -1. */
int create(char *way)
{
	int pid;

	if (strcmp(way, "spawn") == 0)
		return posix_spawn(&pid, "/bin/nop", 0, 0, child, 0) ? -1 : pid;
	if (strcmp(way, "xproc") == 0) {
		pid = pcreate();
		if (pid < 0 || pexec(pid, "/bin/nop", child) < 0 || pstart(pid) < 0)
			return -1;
		return pid;
	}
	if (strcmp(way, "vfork") == 0)
		pid = vfork();
	else if (strcmp(way, "rfork") == 0)
		pid = rfork(RFPROC | RFFDG);
	else if (strcmp(way, "rfmem") == 0)
		pid = rfork(RFPROC | RFFDG | RFMEM);
	else
		pid = fork();
	if (pid == 0) {
		execv("/bin/nop", child);
		_exit(1);
	}
	return pid;
}

int main(int argc, char **argv)
{
	int n, status;
	unsigned top;

	if (argc != 4)
		return 2;
	top = (unsigned)atoi(argv[2]) << 10;
	if (top > (unsigned)sbrk(0) && brk((char *)top) < 0)
		return 2;
	n = atoi(argv[3]) + 1;
	while (n-- > 0) {
		if (create(argv[1]) < 0)
			return 1;
		wait(&status);
	}
	return 0;
}
