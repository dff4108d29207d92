/* ctype classes, atoi/atol, toupper/tolower, getopt. */
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <unistd.h>

char *args[] = { "prog", "-ab", "-c", "value", "-dx", "-q", "--", "-e", "rest", 0 };

int
main()
{
	int c, n;
	char *s;

	n = 0;
	for (c = -1; c < 256; c++)
		if (isalpha(c))
			n++;
	printf("%d ", n);
	n = 0;
	for (c = -1; c < 256; c++)
		if (isspace(c))
			n++;
	printf("%d ", n);
	n = 0;
	for (c = -1; c < 256; c++)
		if (ispunct(c))
			n++;
	printf("%d %d %d\n", n, isdigit('7') != 0, isxdigit('G') != 0);
	printf("%c%c%c%c\n", toupper('a'), toupper('Z'), tolower('Q'), tolower('3'));
	printf("%d %d %d %ld\n", atoi("123abc"), atoi("  -45"), atoi("+7"), atol("-2000000000"));

	opterr = 0;
	while ((c = getopt(9, args, "abc:d:e")) != EOF) {
		s = c == 'c' || c == 'd' ? optarg : "";
		printf("%c%s ", c, s);
	}
	printf("| %d %s\n", optind, args[optind]);
	return 0;
}
