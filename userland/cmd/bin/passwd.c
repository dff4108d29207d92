/*
 * passwd user password: change a user's password (passwd(I)).  The new
 * password goes into /etc/passwd hashed by crypt (with a salt made from
 * the time), or, if it is empty, as no password at all.  Only the user or
 * the super-user may change it.
 *
 * /etc/ptmp is the new file while it is made (another passwd that finds it
 * there waits for nothing: it gives up), then /etc/passwd is rewritten
 * from it, keeping its owner and mode.  passwd is set-uid bin, the owner
 * of /etc/passwd, as on V6.  Messages go to the diagnostic output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <pwd.h>
#include <stat.h>

#define TEMP	"/etc/ptmp"

static char alphabet[] =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

static void fail(char *msg)
{
	fprintf(stderr, "%s\n", msg);
	exit(1);
}

/* The new password field: empty, or the password hashed with a fresh salt. */
static char *field(char *password)
{
	char salt[3];
	long t;

	if (password[0] == 0)
		return "";
	time(&t);
	salt[0] = alphabet[(int)t & 077];
	salt[1] = alphabet[((int)(t >> 6) ^ getpid()) & 077];
	salt[2] = 0;
	return crypt(password, salt);
}

/* Copy /etc/passwd to out, user's password replaced by pw. */
static void rewrite(FILE *out, char *user, char *pw)
{
	char line[200], name[200];
	char *rest;
	FILE *in;

	in = fopen(PASSWD, "r");
	if (in == NULL)
		fail("Cannot read /etc/passwd");
	while (fgets(line, sizeof line, in) != NULL) {
		rest = strchr(line, ':');
		if (rest != NULL && strcmp(pwfield(line, 0, name), user) == 0) {
			rest = strchr(rest + 1, ':');
			fprintf(out, "%s:%s%s", user, pw, rest ? rest : ":\n");
		} else {
			fputs(line, out);
		}
	}
	fclose(in);
}

/* Copy the file from to the file to (rewriting to in place). */
static int copy(char *from, char *to)
{
	char buf[512];
	int in, out, n;

	in = open(from, 0);
	out = creat(to, 0644);
	if (in < 0 || out < 0)
		return -1;
	while ((n = read(in, buf, sizeof buf)) > 0)
		write(out, buf, n);
	close(in);
	close(out);
	return 0;
}

int main(int argc, char **argv)
{
	char line[200], num[200];
	struct stat st;
	FILE *tmp;
	int uid;

	if (argc != 3)
		fail("Usage: passwd user password");
	if (getpwname(argv[1], line) != 0)
		fail("User name not found in password file");
	uid = atoi(pwfield(line, 2, num));
	if ((getuid() & 0377) != 0 && (getuid() & 0377) != uid)
		fail("Permission denied");
	if (stat(TEMP, (char *)&st) == 0)
		fail("Temporary file busy; try again later");
	signal(SIGHUP, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	signal(SIGQIT, SIG_IGN);
	tmp = fopen(TEMP, "w");
	if (tmp == NULL)
		fail("Cannot create temporary file");
	rewrite(tmp, argv[1], field(argv[2]));
	fclose(tmp);
	if (copy(TEMP, PASSWD) < 0)
		fail("Cannot write /etc/passwd");
	unlink(TEMP);
	return 0;
}
