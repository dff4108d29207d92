/*
 * posix_spawn_file_actions_*: the list of file actions a spawn applies, in
 * order, to the child's descriptors.  Adding returns 0, EBADF for a
 * descriptor out of range, ENOMEM when the list is full.
 */
#include <errno.h>
#include <spawn.h>

#define NOFILE	15

static int add(posix_spawn_file_actions_t *fa, int op, int fd, int arg, int mode, char *path)
{
	struct spawn_action *a;

	if (fd < 0 || fd >= NOFILE || (op == 3 && (arg < 0 || arg >= NOFILE)))
		return EBADF;
	if (fa->n >= SPAWN_ACTIONS)
		return ENOMEM;
	a = &fa->a[fa->n++];
	a->op = op;
	a->fd = fd;
	a->arg = arg;
	a->mode = mode;
	a->path = path;
	fa->a[fa->n].op = 0;
	return 0;
}

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa)
{
	fa->n = 0;
	fa->a[0].op = 0;
	return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa)
{
	fa->n = 0;
	return 0;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *fa, int fd, char *path,
				     int oflag, int mode)
{
	return add(fa, 1, fd, oflag, mode, path);
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd)
{
	return add(fa, 2, fd, 0, 0, (char *)0);
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd)
{
	return add(fa, 3, fd, newfd, 0, (char *)0);
}

int posix_spawn_file_actions_addchdir(posix_spawn_file_actions_t *fa, char *path)
{
	return add(fa, 4, 0, 0, 0, path);
}
