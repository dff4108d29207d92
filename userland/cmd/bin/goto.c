/*
 * goto: goto LABEL -- go on with the shell script at the line ": LABEL".
 *
 * The script is the standard input the shell and its commands share:
 * goto reads it from the start for a line that is a colon, blanks, and
 * LABEL (": LABEL" or ":LABEL"), and leaves it just past that line, where
 * the shell reads its next command.  No LABEL, or a standard input that is
 * not a file, is "goto error"; a LABEL not found is "label not found";
 * either way the script ends.
 */
#include <unistd.h>
#include <string.h>

#define LINE	128

static char buf[512];
static int nbuf, pos;
static long offset;	/* of the next character read */

static int getch(void)
{
	if (pos >= nbuf) {
		nbuf = read(0, buf, sizeof buf);
		pos = 0;
		if (nbuf <= 0)
			return -1;
	}
	offset++;
	return buf[pos++];
}

/* The next line into s (without its newline, cut at LINE-1): 0 at the end. */
static int getline(char *s)
{
	int c, n;

	n = 0;
	while ((c = getch()) != '\n') {
		if (c < 0)
			return n > 0;
		if (n < LINE - 1)
			s[n++] = c;
	}
	s[n] = 0;
	return 1;
}

/* Is line ": LABEL" (LABEL its first word)? */
static int islabel(char *line, char *label)
{
	int n;

	if (*line++ != ':')
		return 0;
	while (*line == ' ' || *line == '\t')
		line++;
	n = strlen(label);
	return strncmp(line, label, n) == 0 &&
	    (line[n] == 0 || line[n] == ' ' || line[n] == '\t');
}

static void say(char *s)
{
	write(1, s, strlen(s));
}

/* Descriptor 0 to offset off (seek's offsets are 16 bits: blocks, then the rest). */
static void seekto(long off)
{
	seek(0, (int)(off / 512), 3);
	seek(0, (int)(off % 512), 1);
}

int main(int argc, char **argv)
{
	char line[LINE];

	if (argc < 2 || isatty(0)) {
		say("goto error\n");
		seek(0, 0, 2);
		return 0;
	}
	seek(0, 0, 0);
	while (getline(line))
		if (islabel(line, argv[1])) {
			seekto(offset);
			return 0;
		}
	say("label not found\n");
	seek(0, 0, 2);
	return 1;
}
