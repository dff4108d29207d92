/* launch: run argv[1..] in a child made by the current process-creation model, and wait.
 * What a model-aware shell's launcher does; the TUI's tests switch the model under it. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <spawn.h>

char strings[512];
char *args[16];

/* The command's arguments, copied out of the stack: spawn, handed the vector main received
 * (at the top of the stack), failed with EFAULT, though exec takes it (reported with these
 * tests). */
void copy(int argc, char **argv)
{
	char *s = strings;
	int i;

	for (i = 1; i < argc && i < 16; i++) {
		strcpy(s, argv[i]);
		args[i - 1] = s;
		s += strlen(s) + 1;
	}
	args[i - 1] = 0;
}

int main(int argc, char **argv)
{
	char name[16];
	int pid, status;

	if (argc < 2 || argc > 16 || model(0, name) < 0)
		return 1;
	copy(argc, argv);
	if (strcmp(name, "spawn") == 0) {
		if (posix_spawn(&pid, args[0], 0, 0, args, 0) != 0)
			return 1;
	} else {
		if (strcmp(name, "vfork") == 0)
			pid = vfork();
		else if (strcmp(name, "rfork") == 0)
			pid = rfork(RFPROC | RFFDG);
		else
			pid = fork();
		if (pid == 0) {
			execv(args[0], args);
			_exit(127);
		}
	}
	wait(&status);
	printf("%s made %d\n", name, pid);
	return 0;
}
