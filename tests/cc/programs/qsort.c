/* qsort of strings (an array of pointers) and of ints and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *words[] = {
	"pdp", "unix", "ken", "dmr", "as", "cc", "ld", "sh", "ed", "ar", "zz", "a",
};

struct rec {
	int key;
	char c;
};

struct rec recs[] = { { 3, 'c' }, { 1, 'a' }, { 2, 'b' }, { 0, 'z' } };
int nums[] = { 5, -3, 9, 0, 32767, -32768, 7, 7, 1 };

int
bystring(a, b)
char **a, **b;
{
	return strcmp(*a, *b);
}

int
byint(a, b)
int *a, *b;
{
	return *a < *b ? -1 : *a > *b;
}

int
bykey(a, b)
struct rec *a, *b;
{
	return a->key - b->key;
}

int
main()
{
	int i, n;

	n = sizeof words / sizeof words[0];
	qsort((char *)words, n, sizeof words[0], bystring);
	for (i = 0; i < n; i++)
		printf("%s%c", words[i], i == n - 1 ? '\n' : ' ');
	n = sizeof nums / sizeof nums[0];
	qsort((char *)nums, n, sizeof(int), byint);
	for (i = 0; i < n; i++)
		printf("%d%c", nums[i], i == n - 1 ? '\n' : ' ');
	qsort((char *)recs, 4, sizeof recs[0], bykey);
	for (i = 0; i < 4; i++)
		printf("%d%c ", recs[i].key, recs[i].c);
	printf("\n");
	return 0;
}
