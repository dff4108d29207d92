/* Pointer arithmetic on char, int, long and struct pointers; differences,
 * comparisons, pointers to pointers, arrays of arrays. */
#include <stdio.h>

struct pt {
	int x, y;
	char tag;
};			/* 5 bytes of members, size 6 */

int arr[10];
struct pt pts[4];
char text[] = "abcdef";
long longs[3] = { 1L, 70000L, -1L };
int grid[3][4];

int
main()
{
	register int *ip;
	register char *cp;
	struct pt *sp;
	int **pp, *q, i, j;
	long *lp;

	for (i = 0; i < 10; i++)
		arr[i] = i * i;
	ip = arr;
	ip += 3;
	printf("%d %d %d\n", *ip, ip[2], *(ip - 1));
	printf("%d %d\n", ip - arr, (char *)ip - (char *)arr);
	q = &arr[9];
	printf("%d %d\n", q - ip, q > ip);
	i = *q--;	/* (C leaves the order of arguments open: no side effects in them) */
	printf("%d %d\n", i, *q);

	cp = text;
	cp++;
	printf("%c %c %c\n", *cp, cp[3], *(cp + 4));
	while (*cp)
		cp++;
	printf("%d\n", cp - text);

	sp = pts;
	for (i = 0; i < 4; i++) {
		sp->x = i;
		sp->y = 10 * i;
		sp->tag = 'A' + i;
		sp++;
	}
	sp = &pts[1];
	printf("%d %d %c\n", sp->x, (sp + 1)->y, sp[2].tag);
	printf("%d %d\n", sizeof(struct pt), (char *)&pts[3] - (char *)&pts[0]);
	sp = pts + 3;
	i = sp - pts;
	printf("%d %d\n", i, (--sp)->y);

	lp = longs;
	++lp;
	printf("%ld %ld\n", *lp, lp[1]);
	printf("%d\n", (char *)(lp + 1) - (char *)longs);

	pp = &q;
	q = &arr[5];
	**pp = 77;
	printf("%d %d\n", arr[5], **pp + 1);

	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			grid[i][j] = 10 * i + j;
	printf("%d %d %d\n", grid[2][3], *(*(grid + 1) + 2), sizeof grid[0]);
	ip = &grid[0][0];
	printf("%d\n", ip[4 * 2 + 1]);
	return 0;
}
