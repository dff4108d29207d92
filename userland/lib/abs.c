/* abs(n): the magnitude of n. */
#include <stdlib.h>

int
abs(n)
int n;
{
	return n < 0 ? -n : n;
}
