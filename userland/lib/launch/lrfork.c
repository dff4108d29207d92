/*
 * lrfork: launch by Plan 9's rfork, as fork: RFPROC (a new process) with
 * RFFDG (its own copy of the descriptor table, which it then rearranges
 * without disturbing the caller's), then execlaunch in the child.
 *
 * Not RFMEM: with it the child would share the caller's data while both
 * run (unlike vfork, the caller does not wait), and the caller goes on to
 * reuse the very buffers that hold the child's argv (a shell reads its
 * next line into them) before the child has exec'd.
 */
#include <launch.h>
#include <unistd.h>

int lrfork(struct launch *l)
{
	int pid;

	pid = rfork(RFPROC | RFFDG);
	if (pid == 0)
		execlaunch(l);
	return pid;
}
