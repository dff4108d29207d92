/*
 * su: become the super-user (su(I)).  If root has a password, su asks for
 * it ("password: ", not echoed) and says "sorry" if it is wrong; then it
 * runs a shell with user id 0 (the group is not changed).  Leaving that
 * shell returns to the old one.
 *
 * su is set-uid root, so that it may take user id 0.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <pwd.h>

int main(void)
{
	char line[200], stored[200];
	char *typed;

	if (getpw(0, line) != 0) {
		printf("no root in /etc/passwd\n");
		return 1;
	}
	pwfield(line, 1, stored);
	if (stored[0]) {
		typed = getpass("password: ");
		if (typed == 0)
			return 1;
		if (strcmp(crypt(typed, stored), stored) != 0) {
			printf("sorry\n");
			return 1;
		}
	}
	setuid(0);
	execl("/bin/sh", "su", 0);
	printf("cannot run /bin/sh\n");
	return 1;
}
