/*
 * sayexit(msg): say msg and a newline on the standard output, then exit
 * with status 1: how cp and mv give up.
 */
#include <say.h>
#include <stdlib.h>

void sayexit(char *msg)
{
	say(msg);
	say("\n");
	exit(1);
}
