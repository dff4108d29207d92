/*
 * parse.c: a line's tokens made into a tree, with V6's grammar:
 *
 *	list:		{ pipeline ( ; | & | newline ) }	(empty commands allowed)
 *	pipeline:	command { ( | | ^ ) command }
 *	command:	( list ) [ redirections ]
 *			| { word | < word | > word | >> word }	(at least one word)
 *
 * A command may have one < and one > (or >>); anything else out of place
 * is a syntax error, reported by returning 0.  The tree and its vectors
 * live in an arena that each line starts afresh.
 */
#include "sh.h"

#define ARENA	3000

static char arena[ARENA];
static int used;
static int bad;			/* the line is not a well-formed list */
static char **tp;		/* the next token */

/* n bytes of the line's arena (word-aligned); 0 when it is full. */
char *alloc(int n)
{
	char *p;

	n = (n + 1) & ~1;
	if (used + n > ARENA) {
		bad = 1;
		return 0;
	}
	p = arena + used;
	used += n;
	return p;
}

static int is(char *t, char *s)
{
	return t && t[0] == s[0] && t[1] == s[1];
}

/* < > or >> */
static int isredir(char *t)
{
	return t && (t[0] == '<' || t[0] == '>');
}

static struct list *plist(int inparen);

/* Redirections and words from tp on, up to the command's end: the number of words. */
static int redirs(struct cmd *c)
{
	int n;

	for (n = 0; *tp && (!special(*tp) || isredir(*tp)); ) {
		if (!special(*tp)) {
			n++;
			tp++;
			continue;
		}
		if (is(*tp, "<") ? c->in != 0 : c->out != 0)
			bad = 1;
		if (tp[1] == 0 || special(tp[1])) {
			bad = 1;
			tp++;
			continue;
		}
		if (is(*tp, "<"))
			c->in = tp[1];
		else {
			c->append = tp[0][1] == '>';
			c->out = tp[1];
		}
		tp += 2;
	}
	return n;
}

/* The n words among the tokens from start on (skipping redirections), as a vector. */
static char **words(char **start, int n)
{
	char **v;
	int i;

	v = (char **)alloc((n + 1) * sizeof(char *));
	if (v == 0)
		return 0;
	for (i = 0; i < n; start++) {
		if (special(*start))
			start++;	/* < > >> and its file */
		else
			v[i++] = *start;
	}
	v[n] = 0;
	return v;
}

/* The words and redirections of a simple command, or a ( list ) with its redirections. */
static struct cmd *pcmd(void)
{
	struct cmd *c;
	char **start;
	int n;

	c = (struct cmd *)alloc(sizeof(struct cmd));
	if (c == 0)
		return 0;
	c->argv = c->sub = 0;
	c->in = c->out = 0;
	c->append = 0;
	c->next = 0;
	if (is(*tp, "(")) {
		start = ++tp;
		plist(1);
		if (!is(*tp, ")")) {
			bad = 1;
			return c;
		}
		c->sub = start;	/* up to the ) that matches */
		tp++;
	}
	start = tp;
	n = redirs(c);
	if (n > 0 && c->sub || n == 0 && !c->sub || is(*tp, "("))
		bad = 1;
	if (n > 0 && !bad)
		c->argv = words(start, n);
	return c;
}

/* Commands joined by | or ^. */
static struct cmd *ppipe(void)
{
	struct cmd *first, *c;

	first = c = pcmd();
	while (!bad && (is(*tp, "|") || is(*tp, "^"))) {
		tp++;
		c->next = pcmd();
		c = c->next;
	}
	return first;
}

/* Pipelines separated by ; & or newlines, up to the end (or, in parentheses, a ")"). */
static struct list *plist(int inparen)
{
	struct list *first, *last, *l;

	first = last = 0;
	while (!bad && *tp && !is(*tp, ")")) {
		if (is(*tp, ";") || is(*tp, "\n")) {
			tp++;
			continue;
		}
		l = (struct list *)alloc(sizeof(struct list));
		if (l == 0)
			break;
		l->pipe = ppipe();
		l->background = 0;
		l->next = 0;
		if (is(*tp, "&")) {
			l->background = 1;
			tp++;
		} else if (*tp && !is(*tp, ";") && !is(*tp, "\n") && !(inparen && is(*tp, ")")))
			bad = 1;
		if (last)
			last->next = l;
		else
			first = l;
		last = l;
	}
	return first;
}

/* The tree of a line's tokens into *lp: 0, or -1 for a syntax error. */
int parse(char **tokens, struct list **lp)
{
	used = 0;
	bad = 0;
	tp = tokens;
	*lp = plist(0);
	if (*tp)
		bad = 1;	/* a ) with no ( */
	return bad ? -1 : 0;
}
