/*
 * lastpart(name): the last component of a path name (name itself if it
 * has no slash), a pointer into name.
 */
#include <path.h>
#include <string.h>

char *lastpart(char *name)
{
	char *slash;

	slash = strrchr(name, '/');
	return slash ? slash + 1 : name;
}
