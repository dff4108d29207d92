/*
 * spawn.h: making a process from a program in one call, as POSIX's
 * posix_spawn does, on the spawn system call (39, new).
 *
 * posix_spawn(&pid, path, actions, attr, argv, envp) makes a child running
 * the program at path with arguments argv, after applying the file
 * actions, in the order they were added, to a copy of the caller's
 * descriptors and directory.  It returns 0 and the child's pid in *pid (if
 * pid is not 0), or an error number: every failure (no such program, not
 * executable, a bad action ...) comes back here, with no child left
 * behind.  V6 has no environment and no spawn attributes: envp and attr
 * must be 0 (EINVAL otherwise).  posix_spawnp finds a bare name as the
 * shell does (the name, /bin/NAME, /usr/bin/NAME) and runs a file that is
 * not an a.out with /bin/sh.
 */
#ifndef _SPAWN_H
#define _SPAWN_H

#define O_RDONLY	0
#define O_WRONLY	1
#define O_RDWR		2
#define O_CREAT		0100	/* make the file (with the mode given) if it is not there */
#define O_TRUNC		01000	/* empty it */
#define O_APPEND	02000	/* start at its end */

#define SPAWN_ACTIONS	16	/* file actions one object holds */

/* POSIX's names are longer than the 8 characters V6's assembler and loader
 * keep, and alike in the first 8: the library's own names are these. */
#define posix_spawn				pspawn
#define posix_spawnp				pspawnp
#define posix_spawn_file_actions_init		sfainit
#define posix_spawn_file_actions_destroy	sfadest
#define posix_spawn_file_actions_addopen	sfaopen
#define posix_spawn_file_actions_addclose	sfaclos
#define posix_spawn_file_actions_adddup2	sfadup2
#define posix_spawn_file_actions_addchdir	sfachdi

struct spawn_action {		/* the kernel's record: five words */
	int	op;		/* 1 open, 2 close, 3 dup2, 4 chdir (0 ends the list) */
	int	fd;
	int	arg;		/* open: the flags; dup2: the new descriptor */
	int	mode;		/* open with O_CREAT: the new file's mode */
	char	*path;
};

typedef struct {
	int	n;
	struct spawn_action a[SPAWN_ACTIONS + 1];
} posix_spawn_file_actions_t;

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *fa, int fd, char *path,
				     int oflag, int mode);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd);
int posix_spawn_file_actions_addchdir(posix_spawn_file_actions_t *fa, char *path);

int posix_spawn(int *pid, char *path, posix_spawn_file_actions_t *fa, char *attr,
		char **argv, char **envp);
int posix_spawnp(int *pid, char *file, posix_spawn_file_actions_t *fa, char *attr,
		 char **argv, char **envp);

int _spawn(char *path, char **argv, struct spawn_action *actions);	/* the system call */

#endif
