/*
 * say(s): write the string s on the standard output, unbuffered (see say.h).
 */
#include <string.h>
#include <unistd.h>
#include <say.h>

void
say(s)
char *s;
{
	write(1, s, strlen(s));
}
