/*
 * access(name, mode): may the real user read (4), write (2) or search or
 * execute (1) name?  0 if so; -1 if not (errno EACCES) or if name cannot
 * be found.  The kernel's own rule, applied to the real ids: the super-user
 * may do anything but execute a file with no execute bit at all; the
 * owner's bits count for the owner, else the group's for its group, else
 * the others'.  A set-uid root program (mkdir, rmdir) needs this: V6 has no
 * access system call, and the kernel would check the effective user, root.
 */
#include <errno.h>
#include <stat.h>
#include <unistd.h>

int
access(name, mode)
char *name;
int mode;
{
	struct stat st;
	int m;

	if (stat(name, (char *)&st) < 0)
		return -1;
	m = (mode & 7) << 6;
	if ((getuid() & 0377) == 0) {
		if (!(mode & 1) || (st.st_mode & 0111))
			return 0;
	} else {
		if ((getuid() & 0377) != st_uids(&st)) {
			m >>= 3;
			if ((getgid() & 0377) != st_gids(&st))
				m >>= 3;
		}
		if ((st.st_mode & m) == m)
			return 0;
	}
	errno = EACCES;
	return -1;
}
