/*
 * lfork: launch by fork then exec, V6's own way.  The child is a copy of
 * the caller; it moves its descriptors into place, sets its signals,
 * searches and execs (execlaunch), and exits if nothing would run.
 */
#include <launch.h>
#include <unistd.h>

int lfork(struct launch *l)
{
	int pid;

	pid = fork();
	if (pid == 0)
		execlaunch(l);
	return pid;
}
