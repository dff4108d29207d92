/*
 * posix_spawn, posix_spawnp: see spawn.h.  posix_spawnp looks for a bare
 * name as the shell does and hands a file that is not an a.out to /bin/sh.
 */
#include <errno.h>
#include <spawn.h>
#include <string.h>

int posix_spawn(int *pid, char *path, posix_spawn_file_actions_t *fa, char *attr,
		char **argv, char **envp)
{
	int r;

	if (attr != 0 || envp != 0)
		return EINVAL;
	r = _spawn(path, argv, fa ? fa->a : (struct spawn_action *)0);
	if (r == -1)
		return errno;
	if (pid)
		*pid = r;
	return 0;
}

/* The program as /bin/sh's script: sh FILE ARGS... */
static int as_script(int *pid, char *file, posix_spawn_file_actions_t *fa, char **argv)
{
	char *args[64];
	int i;

	args[0] = "sh";
	args[1] = file;
	for (i = 1; argv[i] && i < 62; i++)
		args[i + 1] = argv[i];
	args[i + 1] = 0;
	return posix_spawn(pid, "/bin/sh", fa, 0, args, 0);
}

int posix_spawnp(int *pid, char *file, posix_spawn_file_actions_t *fa, char *attr,
		 char **argv, char **envp)
{
	static char *dirs[] = { "", "/bin/", "/usr/bin/" };
	char path[64];
	int d, r;

	for (d = 0; d < 3; d++) {
		if (d > 0 && strchr(file, '/'))
			break;
		if (strlen(dirs[d]) + strlen(file) >= sizeof path)
			return ENOENT;
		strcpy(path, dirs[d]);
		strcat(path, file);
		r = posix_spawn(pid, path, fa, attr, argv, envp);
		if (r == ENOEXEC)
			return as_script(pid, path, fa, argv);
		if (r != ENOENT && r != EACCES)
			return r;
	}
	return r;
}
