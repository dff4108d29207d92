/*
 * lspawn: launch by posix_spawn: the kernel makes the child from the
 * program in one call, applying file actions (dup2 for the descriptors
 * given, close for the ones the child must not keep) to a copy of the
 * caller's descriptors.  No code of ours runs in the child, so:
 *  - a background command's ignored interrupt and quit are set in the
 *    caller around the call (the child starts with the caller's
 *    dispositions, and exec keeps ignored signals ignored);
 *  - the search and the /bin/sh fallback for a file that is not a program
 *    are done here, one call per place tried;
 *  - a command that cannot be run is reported here, by the caller.
 */
#include <launch.h>
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <spawn.h>

/* Add a close of fd to fa unless it is 0-2 or already closed (in done[0..*n]). */
static void addclose(posix_spawn_file_actions_t *fa, int fd, int *done, int *n)
{
	int i;

	if (fd <= 2)
		return;
	for (i = 0; i < *n; i++)
		if (done[i] == fd)
			return;
	done[(*n)++] = fd;
	posix_spawn_file_actions_addclose(fa, fd);
}

static void actions(struct launch *l, posix_spawn_file_actions_t *fa)
{
	int done[NCLOSE + 3], n, i;

	posix_spawn_file_actions_init(fa);
	for (i = 0; i < 3; i++)
		if (l->fd[i] >= 0 && l->fd[i] != i)
			posix_spawn_file_actions_adddup2(fa, l->fd[i], i);
	n = 0;
	for (i = 0; i < 3; i++)
		addclose(fa, l->fd[i], done, &n);
	for (i = 0; i < NCLOSE && l->closes[i] >= 0; i++)
		addclose(fa, l->closes[i], done, &n);
}

/* The file path, not a program, run as /bin/sh path args: 0 or an errno. */
static int script(int *pid, char *path, posix_spawn_file_actions_t *fa, char **argv)
{
	char *v[LSHARGS];
	int r;

	if ((r = lshargs(path, argv, v)) != 0)
		return r;
	return posix_spawn(pid, "/bin/sh", fa, 0, v, 0);
}

/* Spawn the command from the first place it will run: 0 or an errno. */
static int search(int *pid, struct launch *l, posix_spawn_file_actions_t *fa)
{
	char path[LPATHSZ];
	int i, r;

	r = ENOENT;
	for (i = 0; i < LPATHS; i++) {
		if (!lpath(l->argv[0], i, path))
			continue;
		r = posix_spawn(pid, path, fa, 0, l->argv, 0);
		if (r == ENOEXEC)
			r = script(pid, path, fa, l->argv);
		if (r == 0 || r == E2BIG)
			return r;
		if (r != ENOENT && r != EACCES && r != ENOEXEC && r != ENOTDIR && r != EISDIR)
			return r;	/* no process could be made (EAGAIN ...) */
	}
	return ENOENT;
}

int lspawn(struct launch *l)
{
	posix_spawn_file_actions_t fa;
	int (*oint)(), (*oquit)();
	int pid, r;

	actions(l, &fa);
	if (l->background) {
		oint = signal(SIGINT, SIG_IGN);
		oquit = signal(SIGQIT, SIG_IGN);
	}
	r = search(&pid, l, &fa);
	if (l->background) {
		signal(SIGINT, oint);
		signal(SIGQIT, oquit);
	}
	if (r == 0)
		return pid;
	if (r != ENOENT && r != E2BIG) {
		errno = r;
		return -1;
	}
	return lfail(l, r, l->fd[0] >= 0 ? l->fd[0] : 0, l->fd[2] >= 0 ? l->fd[2] : 2);
}
