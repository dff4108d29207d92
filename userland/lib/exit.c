/*
 * exit(status): call the functions registered with atexit, the last
 * registered first (stdio registers its flush), then end the process.
 */
#include <stdlib.h>
#include <unistd.h>

#define NATEXIT 8

static void (*fns[NATEXIT])();
static int nfns;

int
atexit(f)
void (*f)();
{
	if (nfns >= NATEXIT)
		return -1;
	fns[nfns++] = f;
	return 0;
}

void
exit(status)
int status;
{
	while (nfns > 0)
		(*fns[--nfns])();
	_exit(status);
}
