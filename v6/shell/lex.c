/*
 * lex.c: the shell's reading of a command line into tokens.
 *
 * Characters come from the -c string, or from descriptor 0 one at a time,
 * so that a script's commands, which share it as their standard input,
 * find it just past the line the shell has read (goto and cat depend on
 * that).  $0 to $9 are replaced by the arguments and $$ by the shell's
 * process id (five digits), outside quotes; the replacement is read again
 * as if typed, so it may hold several words.  'text' and "text" quote
 * everything up to the closing mark (a newline before it is a syntax
 * error); \c quotes c; \ before a newline is a blank.
 *
 * A token is a word (quoted characters carry QUOTE) or one of the
 * special tokens ; & | ^ < > >> ( ) and the newline that ends the line.
 */
#include <unistd.h>
#include <string.h>
#include <errno.h>
#include "sh.h"

#define EOF	(-1)

static char *string;		/* the -c string, or 0: descriptor 0 */
static char *subst;		/* the rest of a $ replacement being read */
static int peekc;		/* a character read ahead, or 0 */
static char line[LINSIZ];	/* the tokens of the line, each with its NUL */
static char *lp;		/* where the next character of a token goes */
static int overflow;		/* the line had too many characters or tokens */
static int badquote;		/* a quotation not closed on its line */

void setinput(char *s)
{
	string = s;
}

/* The next character of the input itself: EOF at its end. */
static int readc(void)
{
	char c;
	int n;

	if (string)
		return *string ? *string++ & 0377 : EOF;
	while ((n = read(0, &c, 1)) < 0 && errno == EINTR)
		;	/* an interrupt at the prompt: the terminal threw the line away */
	return n == 1 ? c & 0177 : EOF;
}

/* The next character, from a pushed-back one or a $ replacement first;
 * with dollars, $n and $$ are replaced. */
static int nextc(int dollars)
{
	int c;

	for (;;) {
		if (peekc) {
			c = peekc;
			peekc = 0;
			return c;
		}
		if (subst) {
			if (*subst)
				return *subst++ & 0377;
			subst = 0;
		}
		c = readc();
		if (c != '$' || !dollars)
			return c;
		c = readc();
		if (c >= '0' && c <= '9') {
			if (c - '0' < ndollar)
				subst = dollar[c - '0'];
		} else if (c == '$')
			subst = pidstr();
		else
			return c;	/* $ before anything else stands for nothing */
	}
}

/* The shell's process id as $$ gives it: five decimal digits. */
char *pidstr(void)
{
	static char s[6];
	int pid, i;

	pid = getpid();
	for (i = 4; i >= 0; i--) {
		s[i] = '0' + pid % 10;
		pid /= 10;
	}
	s[5] = 0;
	return s;
}

static void put(int c)
{
	if (lp < line + LINSIZ - 1)
		*lp++ = c;
	else
		overflow = 1;
}

int special(char *t)
{
	return *t && strchr(";&|^<>()\n", *t) != 0;
}

void unquote(char *s)
{
	for (; *s; s++)
		*s &= 0177;
}

/* Quoted text up to the mark q, into the token. */
static void quoted(int q)
{
	int c;

	while ((c = nextc(0)) != q) {
		if (c == '\n' || c == EOF) {
			badquote = 1;
			peekc = c == EOF ? 0 : c;
			return;
		}
		put(c | QUOTE);
	}
}

/* A word beginning with c, into the token. */
static void word(int c)
{
	for (;; c = nextc(1)) {
		if (c == EOF || c == ' ' || c == '\t' || c == '\n' ||
		    strchr(";&|^<>()", c)) {
			peekc = c == EOF ? 0 : c;
			return;
		}
		if (c == '\'' || c == '"')
			quoted(c);
		else if (c == '\\') {
			c = nextc(0);
			if (c == '\n')
				return;	/* a blank: the word ends */
			if (c != EOF)
				put(c | QUOTE);
		} else
			put(c);
	}
}

/*
 * Read one line into tokens (NULL-terminated, the newline the last):
 * the number of tokens; -1 at the end of the input; 0 with a message
 * said when the line was wrong.
 */
int readline(char **tok)
{
	int n, c, eof;

	lp = line;
	overflow = badquote = eof = 0;
	for (n = 0;; ) {
		c = nextc(1);
		if (c == ' ' || c == '\t')
			continue;
		if (c == '\\') {
			if ((c = nextc(0)) == '\n')
				continue;
			peekc = c;	/* put back, to be read quoted below */
			c = '\\';
		}
		if (c == EOF) {
			if (n == 0)
				return -1;
			eof = 1;
			c = '\n';
		}
		if (n >= NTOK) {
			overflow = 2;
			if (c == '\n')
				break;
			continue;
		}
		tok[n++] = lp;
		if (c == '\n' || strchr(";&|^<>()", c)) {
			put(c);
			if (c == '>' && (c = nextc(1)) != '>')
				peekc = c == EOF ? 0 : c;
			else if (c == '>')
				put('>');
		} else
			word(c);
		put(0);
		if (tok[n - 1][0] == '\n')
			break;
	}
	if (eof)
		peekc = 0;
	tok[n] = 0;
	if (overflow) {
		error(overflow == 2 ? "Too many args" : "Command line overflow");
		return 0;
	}
	if (badquote) {
		error("syntax error");
		return 0;
	}
	return n;
}
