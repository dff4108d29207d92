/*
 * perror(s): "s: message\n" on the standard error, the message saying what
 * errno means, in V6's words (intro(II)); "Error N" for a number it has no
 * words for.  Written with write, so a command that uses it stays small.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

static char *errlist[] = {
	"Error 0", "Not super-user", "No such file or directory", "No such process",
	"Interrupted system call", "I/O error", "No such device or address",
	"Arg list too long", "Exec format error", "Bad file number", "No children",
	"No more processes", "Not enough core", "Permission denied", "Error 14",
	"Block device required", "Mount device busy", "File exists", "Cross-device link",
	"No such device", "Not a directory", "Is a directory", "Invalid argument",
	"File table overflow", "Too many open files", "Not a typewriter", "Text file busy",
	"File too large", "No space left on device", "Illegal seek", "Read-only file system",
	"Too many links", "Broken pipe",
};

void
perror(s)
char *s;
{
	static char unknown[16];
	char num[8], *msg, *p;
	unsigned n;

	if (errno >= 0 && errno < sizeof errlist / sizeof errlist[0])
		msg = errlist[errno];
	else {
		p = num + sizeof num - 1;
		*p = 0;
		n = errno;
		do
			*--p = '0' + n % 10;
		while ((n /= 10) != 0);
		strcpy(unknown, "Error ");
		strcat(unknown, p);
		msg = unknown;
	}
	if (s && *s) {
		write(2, s, strlen(s));
		write(2, ": ", 2);
	}
	write(2, msg, strlen(msg));
	write(2, "\n", 1);
}
