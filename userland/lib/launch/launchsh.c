/*
 * launchsh(cmd): start "/bin/sh -c cmd" through launch(), with the
 * caller's descriptors: the shell escape of ed and write, made by the
 * current process-creation model like every other command.  The pid, or
 * -1 if no process could be made or the shell not run.
 */
#include <launch.h>

int launchsh(char *cmd)
{
	struct launch l;
	char *argv[4];

	argv[0] = "/bin/sh";
	argv[1] = "-c";
	argv[2] = cmd;
	argv[3] = 0;
	l.argv = argv;
	l.fd[0] = l.fd[1] = l.fd[2] = -1;
	l.closes[0] = -1;
	l.background = 0;
	l.seekend = 0;
	return launch(&l);
}
