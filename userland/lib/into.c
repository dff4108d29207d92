/*
 * into(dir, name): dir, a slash, and the last component of name, in a
 * string of its own: where cp and mv put a file given a directory.
 */
#include <path.h>
#include <stdlib.h>
#include <string.h>

char *into(char *dir, char *name)
{
	char *last, *p;

	last = lastpart(name);
	p = malloc(strlen(dir) + strlen(last) + 2);
	strcpy(p, dir);
	strcat(p, "/");
	strcat(p, last);
	return p;
}
