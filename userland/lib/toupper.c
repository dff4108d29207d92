/* toupper(c), tolower(c): the other case of a letter; anything else as it is. */
#include <ctype.h>

int
toupper(c)
int c;
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

int
tolower(c)
int c;
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}
