/*
 * cmp [-s] [-l] file1 file2: compare two files byte by byte ("-" is the
 * standard input).  Without options the first difference is reported as
 * "file1 file2 differ: char N, line L" (N counted from 0, L from 1); -l
 * lists every difference as "N octal1 octal2" (N from 0); -s says nothing.
 * A file that ends first is "EOF on name".  Exit 0 when the files are the
 * same, 1 when they differ, 2 when one cannot be read or the arguments are
 * wrong.  Messages go to the standard output, as V6's did.
 *
 * The options are V6's, checked once each in that order: -s, then -l, each
 * recognised by its first letter only.  -s lowers the level of detail and
 * -l raises it, so "-s -l" is the plain report.
 */
#include <stdio.h>
#include <stdlib.h>

#define SILENT	0
#define FIRST	1
#define LIST	2

static int level = FIRST;

/* The file name open for reading, or exit 2. */
static FILE *
openf(name)
char *name;
{
	FILE *f;

	if (name[0] == '-' && name[1] == 0)
		return stdin;
	if ((f = fopen(name, "r")) == NULL) {
		printf("cannot open %s\n", name);
		exit(2);
	}
	return f;
}

/* One file ended before the other: say so (unless silent), exit 1. */
static void
eof(name)
char *name;
{
	if (level != SILENT)
		printf("EOF on %s\n", name);
	exit(1);
}

int
main(argc, argv)
int argc;
char **argv;
{
	FILE *f1, *f2;
	int c1, c2, differ;
	long n, line;

	if (argc > 1 && argv[1][0] == '-' && argv[1][1] == 's') {
		level--;
		argc--;
		argv++;
	}
	if (argc > 1 && argv[1][0] == '-' && argv[1][1] == 'l') {
		level++;
		argc--;
		argv++;
	}
	if (argc < 3) {
		printf("arg count\n");
		exit(2);
	}
	f1 = openf(argv[1]);
	f2 = openf(argv[2]);
	differ = 0;
	line = 1;
	for (n = 0;; n++) {
		c1 = getc(f1);
		c2 = getc(f2);
		if (c1 == EOF || c2 == EOF)
			break;
		if (c1 != c2) {
			if (level == SILENT)
				exit(1);
			if (level == FIRST) {
				printf("%s %s differ: char %ld, line %ld\n", argv[1], argv[2], n, line);
				exit(1);
			}
			printf("%5ld %3o %3o\n", n, c1, c2);
			differ = 1;
		}
		if (c1 == '\n')
			line++;
	}
	if (c1 != c2)
		eof(c1 == EOF ? argv[1] : argv[2]);
	exit(differ);
}
