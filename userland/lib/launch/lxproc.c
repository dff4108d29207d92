/*
 * lxproc: launch by cross-process calls, the paper's proposal, as a
 * user-space library: pcreate makes an empty embryo (no image, no
 * descriptors, the caller's directory), the caller gives it its
 * descriptors one by one (pdup), loads the program (pexec: the search and
 * the /bin/sh fallback are done here, one pexec per place tried), and
 * starts it (pstart).  The embryo starts with no descriptors, so it gets
 * only its 0, 1 and 2 (nothing to pclosefd: the pipe ends it must not
 * keep are never given), and it runs in the caller's directory (no
 * pchdir needed).  Its signal dispositions are the caller's when pcreate
 * made it: a background command's interrupt and quit are ignored in the
 * caller around that call.
 */
#include <launch.h>
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <xproc.h>

static int embryo(struct launch *l)
{
	int (*oint)(), (*oquit)();
	int pid;

	if (l->background) {
		oint = signal(SIGINT, SIG_IGN);
		oquit = signal(SIGQIT, SIG_IGN);
	}
	pid = pcreate();
	if (l->background) {
		signal(SIGINT, oint);
		signal(SIGQIT, oquit);
	}
	return pid;
}

/* Load path into the embryo, or /bin/sh path args if it is not a program: 0 or an errno. */
static int load(int pid, char *path, char **argv)
{
	char *v[LSHARGS];
	int r;

	if (pexec(pid, path, argv) == 0)
		return 0;
	if (errno != ENOEXEC)
		return errno;
	if ((r = lshargs(path, argv, v)) != 0)
		return r;
	return pexec(pid, "/bin/sh", v) == 0 ? 0 : errno;
}

static int search(int pid, char **argv)
{
	char path[LPATHSZ];
	int i, r;

	for (i = 0; i < LPATHS; i++) {
		if (!lpath(argv[0], i, path))
			continue;
		r = load(pid, path, argv);
		if (r == 0 || r == E2BIG)
			return r;
	}
	return ENOENT;
}

int lxproc(struct launch *l)
{
	int pid, i, r;

	pid = embryo(l);
	if (pid < 0)
		return -1;
	for (i = 0; i < 3; i++)
		pdup(pid, l->fd[i] >= 0 ? l->fd[i] : i, i);	/* EBADF: the caller has none */
	r = search(pid, l->argv);
	if (r == 0)
		return pstart(pid) == 0 ? pid : -1;
	kill(pid, 9);		/* an embryo nothing could be loaded into: reclaimed */
	return lfail(l, r, l->fd[0] >= 0 ? l->fd[0] : 0, l->fd[2] >= 0 ? l->fd[2] : 2);
}
