/*
 * launch.h: start a command in a new process, with its descriptors and
 * signals set up the way V6's shell set them up for its commands.  The
 * shell (and time) start every command through launch(), so that one
 * place decides how a process is made: launch() asks the kernel for the
 * current process-creation model each time (model(2)) and uses only that
 * model's primitives (userland/lib/launch/: one file per model), so it
 * works under every model, strict mode included.
 *
 * The caller fills a struct launch:
 *
 *   argv	the command and its arguments, NULL-terminated; argv[0] is the
 *		name as typed.  It is looked for as V6's shell did: the name as
 *		given, then /bin/NAME, then /usr/bin/NAME.  A file that exec
 *		refuses as not a program (ENOEXEC) is run by /bin/sh (argv "sh",
 *		the file's path, the arguments).  A file without execute
 *		permission is not found, even for the super-user.
 *   fd[3]	the child's descriptors 0, 1 and 2: each one of the caller's
 *		descriptors, or -1 for "as the caller has it".
 *   closes	more of the caller's descriptors that the child must not keep
 *		(the other ends of pipes); -1 ends the list.  A descriptor given
 *		in fd[] is not kept under its old number either.
 *   background	nonzero: the child ignores interrupt and quit (a command
 *		run with & must not die of the keys typed at the shell).
 *		Zero: the child's signals are the caller's, except that exec
 *		makes a caught signal take its default action again, as
 *		always (the shell catches interrupt; its commands die of it).
 *   seekend	nonzero: if the command cannot be run, descriptor 0 is moved
 *		to its end.  That is how V6's shell stopped a script at a
 *		command it could not find: the script is the standard input
 *		its commands share.
 *
 * launch() returns the child's process id, or -1 with errno set.  A
 * command that cannot be run is reported as V6's shell reported it,
 * "NAME: not found" (or "Arg list too long") on descriptor 2 with the
 * caller's descriptors as given: by the child, which then exits with
 * status 1, in the models that run code in the child (forkexec, vfork,
 * rfork); by launch() itself, which then returns -1 with errno ENOENT
 * or E2BIG, in those that do not (spawn, xproc).  Either way the caller
 * has nothing more to say.
 *
 * execlaunch() does in the calling process what the child does:
 * descriptors, signals, the search and exec; it never returns.  A
 * command that runs another (if) uses it.
 */
#ifndef _LAUNCH_H
#define _LAUNCH_H

#define NCLOSE	16

struct launch {
	char	**argv;		/* argv[0]: the command name as typed, NULL-terminated */
	int	fd[3];		/* the child's descriptors 0, 1, 2: one of the caller's, or -1 */
	int	closes[NCLOSE];	/* more of the caller's descriptors the child must not keep; -1 ends */
	int	background;	/* nonzero: the child ignores interrupt and quit */
	int	seekend;	/* nonzero: a command that cannot be run moves fd 0 to its end */
};

int launch(struct launch *l);
void execlaunch(struct launch *l);
int launchsh(char *cmd);	/* /bin/sh -c cmd, launched with the caller's descriptors */

/* The pieces the models share (launch/lcommon.c), and the models. */
#define LPATHS	3	/* places a command is looked for */
#define LPATHSZ	128	/* characters of a path tried, its NUL included */
#define LSHARGS	128	/* arguments of a script run by /bin/sh */
int lpath(char *name, int i, char *buf);	/* the i-th place: 0 if there is none */
int lshargs(char *path, char **argv, char **v);	/* v = sh path args...: 0, or E2BIG */
void lfds(struct launch *l);		/* descriptors as l says, in this process */
void lsigs(struct launch *l);		/* a background command's signals, in this process */
int lexec(char **argv);			/* the search and exec here: the errno if none ran */
int lfail(struct launch *l, int err, int in, int efd);	/* report a command that cannot be run; -1 */
int lfork(struct launch *l);
int lvfork(struct launch *l);
int lspawn(struct launch *l);
int lxproc(struct launch *l);
int lrfork(struct launch *l);

#endif
