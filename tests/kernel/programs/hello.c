/* hello: print the arguments, argv's terminator word, and exit 3. */
#include <stdio.h>

int main(int argc, char **argv)
{
	int i;

	printf("hello");
	for (i = 1; i < argc; i++)
		printf(" [%s]", argv[i]);
	printf("\nargc %d end %o\n", argc, (int)argv[argc]);
	return 3;
}
