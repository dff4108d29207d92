/*
 * getopt(argc, argv, opts): the next option letter of the command line,
 * '?' for one not in opts (after a message on stderr), EOF after the
 * options.  A letter followed by ':' in opts takes an argument: the rest
 * of the word, or the next word; it is left in optarg.  "--" ends the
 * options; optind is the index of the first word not yet looked at.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1;
int opterr = 1;
int optopt;

static char *next;

static int
complain(argv, msg, c)
char **argv, *msg;
int c;
{
	char s[2];

	if (opterr) {
		s[0] = c;
		s[1] = 0;
		fputs(argv[0], stderr);
		fputs(msg, stderr);
		fputs(s, stderr);
		fputs("\n", stderr);
	}
	return '?';
}

int
getopt(argc, argv, opts)
int argc;
char **argv, *opts;
{
	register char *o;
	int c;

	if (next == 0 || *next == 0) {
		if (optind >= argc || argv[optind][0] != '-' || argv[optind][1] == 0)
			return EOF;
		if (strcmp(argv[optind], "--") == 0) {
			optind++;
			return EOF;
		}
		next = argv[optind++] + 1;
	}
	optopt = c = *next++;
	o = strchr(opts, c);
	if (c == ':' || o == 0)
		return complain(argv, ": illegal option -- ", c);
	if (o[1] == ':') {
		if (*next)
			optarg = next;
		else if (optind < argc)
			optarg = argv[optind++];
		else
			return complain(argv, ": option requires an argument -- ", c);
		next = 0;
	}
	return c;
}
