/* cat: copy standard input to standard output with the buffered stdio
 * (getchar/putchar macros), counting lines and characters on stderr. */
#include <stdio.h>

int
main()
{
	int c, lines, chars;

	lines = chars = 0;
	while ((c = getchar()) != EOF) {
		putchar(c);
		chars++;
		if (c == '\n')
			lines++;
	}
	fprintf(stderr, "%d lines %d chars\n", lines, chars);
	return lines;
}
