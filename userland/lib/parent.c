/*
 * parent(name): the directory that holds name, in a string of its own:
 * "." for a plain name, "/" for a name in the root.
 */
#include <path.h>
#include <stdlib.h>
#include <string.h>

char *parent(char *name)
{
	char *p, *slash;
	int n;

	slash = strrchr(name, '/');
	if (slash == 0)
		return ".";
	n = slash == name ? 1 : slash - name;
	p = malloc(n + 1);
	strncpy(p, name, n);
	p[n] = 0;
	return p;
}
