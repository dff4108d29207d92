/*
 * nice [-number] command [arguments]: run command at a lower priority:
 * its nice value becomes number (4 if none given; up to 20; the
 * super-user may give a negative one, --10, to run it sooner).  The
 * command is looked for as named, then in /bin and /usr/bin.  Messages
 * as V6's, on the standard output: the usage, and "NAME not found".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Exec name (as given, then in /bin and /usr/bin) with argv; returns on failure. */
void
run(char *name, char **argv)
{
	static char *dirs[] = { "/bin/", "/usr/bin/" };
	char path[64];
	int i;

	execv(name, argv);
	if (strchr(name, '/') || strlen(name) > 40)
		return;
	for (i = 0; i < 2; i++) {
		strcpy(path, dirs[i]);
		strcat(path, name);
		execv(path, argv);
	}
}

int
main(int argc, char **argv)
{
	char *args[64];
	int n, i;

	n = 4;
	if (argc > 1 && argv[1][0] == '-') {
		n = atoi(argv[1] + 1);
		argc--;
		argv++;
	}
	if (argc < 2) {
		printf("usage: nice [ -n ] command\n");
		exit(1);
	}
	/* a fresh list: the one exec gave us ends with -1, not the 0 exec wants */
	for (i = 0; i + 1 < argc && i < 63; i++)
		args[i] = argv[i + 1];
	args[i] = 0;
	nice(n);
	run(args[0], args);
	printf("%s not found\n", argv[1]);
	return 1;
}
