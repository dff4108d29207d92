/* Static locals keep their values between calls; file statics are private;
 * initialized and uninitialized globals; extern declarations inside blocks. */
#include <stdio.h>

static int hidden = 5;
int shared;
int initialized = 42;
char letter = 'q';
char *greeting = "hi";
int squares[5] = { 0, 1, 4, 9 };
long big = 100000L;
static char name[8];

int
counter()
{
	static int count;
	static int step = 10;

	count += step;
	step++;
	return count;
}

static int
helper(x)
int x;
{
	return x * hidden;
}

int
main()
{
	int i;

	for (i = 0; i < 3; i++)
		printf("%d ", counter());
	printf("\n");
	printf("%d %d %d %c %s\n", helper(3), shared, initialized, letter, greeting);
	printf("%d %d %ld %d\n", squares[3], squares[4], big, sizeof squares);
	{
		extern int initialized;

		initialized++;
		printf("%d\n", initialized);
	}
	name[0] = 'n';
	printf("%s %d\n", name, name[7]);
	return 0;
}
