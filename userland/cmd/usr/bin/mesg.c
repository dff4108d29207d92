/*
 * mesg [y|n]: let others write to your terminal, or not (mesg(I)): "y"
 * gives group and others write permission on the terminal that is the
 * standard output, anything else takes it away, and no argument reverses
 * it.  Either way the state before is reported: "was y" or "was n".
 * write (and wall, unless run by the super-user) honour it.
 */
#include <stdio.h>
#include <unistd.h>
#include <stat.h>

int main(int argc, char **argv)
{
	static char dev[] = "/dev/ttyX";
	struct stat st;
	int mode, was, want;

	dev[8] = ttyn(1);
	if (dev[8] == 'x' || stat(dev, (char *)&st) < 0) {
		fprintf(stderr, "cannot stat\n");
		return 1;
	}
	mode = st.st_mode & 07777;
	was = (mode & 02) != 0;
	printf("was %c\n", was ? 'y' : 'n');
	want = argc > 1 ? argv[1][0] == 'y' : !was;
	if (chmod(dev, want ? mode | 022 : mode & ~022) < 0) {
		fprintf(stderr, "cannot change mode\n");
		return 1;
	}
	return 0;
}
