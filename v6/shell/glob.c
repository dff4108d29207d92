/*
 * glob.c: a command's patterns expanded, as V6's /etc/glob expanded them.
 * A word with an unquoted *, ? or [ is a pattern for the last component
 * of a path (the directories before it are taken as they are): it is
 * replaced by the names that match, sorted; a name beginning with . is
 * matched only by a pattern that begins with one.  [...] holds characters
 * and ranges a-z.  A pattern that matches nothing is dropped, but if no
 * pattern of the command matched anything, the command is not run: "No
 * match".  The quote bits are cleared from every word.
 */
#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#include "sh.h"

#define GLOBSIZ	2000	/* characters of the names a command's patterns give */

static char names[GLOBSIZ];
static char *np;		/* where the next name goes */
static int full;

static int haspattern(char *s)
{
	for (; *s; s++)
		if (*s == '*' || *s == '?' || *s == '[')
			return 1;
	return 0;
}

/* Does [...] at p (past the [) hold c?  *end is set past the ]. */
static int inclass(char *p, int c, char **end)
{
	int ok, lo;

	ok = 0;
	lo = -1;
	for (; *p && *p != ']'; p++) {
		if (*p == '-' && lo >= 0 && p[1] && p[1] != ']') {
			p++;
			if (lo <= c && c <= (*p & 0177))
				ok = 1;
			lo = -1;
			continue;
		}
		lo = *p & 0177;
		if (lo == c)
			ok = 1;
	}
	*end = *p ? p + 1 : p;
	return ok;
}

/* Does the name s match the pattern p (quoted characters only themselves)? */
static int match(char *p, char *s)
{
	char *end;

	for (; *p; p++, s++) {
		switch (*p) {
		case '*':
			for (; ; s++) {
				if (match(p + 1, s))
					return 1;
				if (*s == 0)
					return 0;
			}
		case '?':
			if (*s == 0)
				return 0;
			break;
		case '[':
			if (*s == 0 || !inclass(p + 1, *s, &end))
				return 0;
			p = end - 1;
			break;
		default:
			if ((*p & 0177) != *s)
				return 0;
		}
	}
	return *s == 0;
}

static int compare(char **a, char **b)
{
	return strcmp(*a, *b);
}

/* Keep dir (n characters) followed by name; 0 when there is no room. */
static char *keep(char *dir, int n, char *name)
{
	char *s;

	if (np + n + strlen(name) + 1 > names + GLOBSIZ) {
		full = 1;
		return 0;
	}
	s = np;
	strncpy(np, dir, n);
	strcpy(np + n, name);
	np += n + strlen(name) + 1;
	unquote(s);
	return s;
}

/* The names that pattern w matches, into out from *n on (at most NARG in all). */
static void expand(char *w, char **out, int *n)
{
	char dir[LINSIZ], entry[16], *last;
	int fd, k, first;

	last = strrchr(w, '/');
	k = last ? last - w + 1 : 0;
	strncpy(dir, w, k);
	dir[k] = 0;
	unquote(dir);
	if ((fd = open(k ? dir : ".", 0)) < 0)
		return;
	last = w + k;
	first = *n;
	entry[14] = 0;
	while (read(fd, entry, 16) == 16) {
		if (entry[0] == 0 && entry[1] == 0)
			continue;	/* a free slot */
		if (entry[2] == '.' && *last != '.')
			continue;
		if (!match(last, entry + 2))
			continue;
		if (*n >= NARG - 1 || (out[*n] = keep(w, k, entry + 2)) == 0) {
			full = 1;
			break;
		}
		(*n)++;
	}
	close(fd);
	qsort((char *)(out + first), *n - first, sizeof(char *), compare);
}

/*
 * argv's words, patterns expanded, into out (NULL-terminated): the
 * number of words; -1 after saying "No match" or "Arg list too long".
 */
int glob(char **argv, char **out)
{
	int n, patterns, matched, before;

	np = names;
	full = 0;
	n = patterns = matched = 0;
	for (; *argv && !full; argv++) {
		if (!haspattern(*argv)) {
			if (n >= NARG - 1) {
				full = 1;
				break;
			}
			unquote(*argv);
			out[n++] = *argv;
			continue;
		}
		patterns++;
		before = n;
		expand(*argv, out, &n);
		if (n > before)
			matched++;
	}
	out[n] = 0;
	if (full) {
		error("Arg list too long");
		return -1;
	}
	if (patterns > 0 && matched == 0) {
		error("No match");
		return -1;
	}
	return n;
}
