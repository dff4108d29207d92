/* calloc(n, size): memory for n objects of size bytes, all zero; or 0. */
#include <stdlib.h>
#include <string.h>

char *
calloc(n, size)
unsigned n, size;
{
	register char *p;

	if ((p = malloc(n * size)) != 0)
		memset(p, 0, n * size);
	return p;
}
