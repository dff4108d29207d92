/*
 * chmod mode file ...: set each file's mode to the octal number mode (the
 * permissions and the set-uid, set-gid and sticky bits).  Only the owner
 * or the super-user may.  No options, no symbolic modes.
 *
 * As in V6: too few arguments is "arg count", a mode that is not octal
 * "bad mode", both on the standard output; a file that cannot be changed
 * is "file: why" on the standard error.  chmod exits 1 after any of these.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <say.h>

int
main(argc, argv)
int argc;
char **argv;
{
	int mode, i, status;
	char *p;

	if (argc < 3) {
		say("arg count\n");
		return 1;
	}
	mode = 0;
	for (p = argv[1]; *p; p++) {
		if (*p < '0' || *p > '7') {
			say("bad mode\n");
			return 1;
		}
		mode = mode << 3 | *p - '0';
	}
	status = 0;
	for (i = 2; i < argc; i++)
		if (chmod(argv[i], mode) < 0) {
			perror(argv[i]);
			status = 1;
		}
	return status;
}
