/*
 * lvfork: launch by vfork.  The child runs on the caller's own core (the
 * caller sleeps until it execs or exits), so it does only what
 * execlaunch does, all through system calls and the stack below this
 * frame: it never returns from this function (the caller's frame would
 * be unwound under it) and leaves by exec or _exit, never exit (which
 * would flush the caller's stdio buffers).  What it does write into the
 * shared data (errno, the stubs' argument words) the caller does not
 * rely on; everything else it uses is on the stack (lcommon.c allocates
 * nothing from the heap).
 */
#include <launch.h>
#include <unistd.h>

int lvfork(struct launch *l)
{
	int pid;

	pid = vfork();
	if (pid == 0)
		execlaunch(l);
	return pid;
}
