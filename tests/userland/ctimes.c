/* ctimes T...: ctime of each time T (seconds since 1970, decimal), and its zone. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
	long t;
	int i;

	for (i = 1; i < argc; i++) {
		t = atol(argv[i]);
		printf("%s %s", tzname[localtime(&t)->tm_isdst], ctime(&t));
	}
	return 0;
}
