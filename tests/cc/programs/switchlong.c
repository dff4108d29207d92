/* switch on a long: case labels converted to long and both words compared;
 * cases sharing a high word, negative values, a dense run of low words
 * (a jump table), an unsigned long, labels of other types, fall-through,
 * default in the middle, and values no case matches in one word only. */
#include <stdio.h>

int
sparse(x)
long x;
{
	switch (x) {
	case 0:
		return 1;
	case 1:
		return 2;
	case 65536L:		/* high word 1, low word 0: not 0, not 1 */
		return 3;
	case -1:		/* an int label, made a long: -1L, not 65535 */
		return 4;
	case 65535L:
		return 5;
	case 65537L:
		return 6;
	case 0x7fffffffL:
		return 7;
	case -65536L:
		return 8;
	case 'a':
		return 9;
	}
	return 0;
}

int
dense(x)
long x;
{
	int r;

	r = 0;
	switch (x) {
	case 0x30000L:
		r = 1;
		break;
	case 0x30001L:
		r = 2;		/* falls through */
	case 0x30002L:
		r += 10;
		break;
	default:
		r = -1;
		break;
	case 0x30003L:
		r = 3;
		break;
	case 0x30004L:
		r = 4;
		break;
	case 0x30006L:
		r = 6;
		break;
	}
	return r;
}

int
unsign(u)
unsigned long u;
{
	switch (u) {
	case 0xffffffffL:
		return 1;
	case 0x80000000L:
		return 2;
	case 0x7fffffffL:
		return 3;
	default:
		return 0;
	}
}

long
square(n)
long n;
{
	return n * n;
}

int
computed(n)
int n;
{
	/* the value is an expression: a call, then arithmetic on its result */
	switch (square((long)n) + 1) {
	case 1:
		return 1;
	case 65537L:		/* 256 * 256 + 1 */
		return 2;
	case 1000001L:		/* 1000 * 1000 + 1 */
		return 3;
	}
	return 0;
}

static long sv[] = {
	0, 1, 65536L, -1, 65535L, 65537L, 0x7fffffffL, -65536L, 97,
	2, 131072L, -65535L, 98, 0x80000000L
};

static long dv[] = {
	0x30000L, 0x30001L, 0x30002L, 0x30003L, 0x30004L, 0x30005L, 0x30006L,
	0x30007L, 0x2ffffL, 0x40002L, 2, 0x20003L, -0x30000L
};

static unsigned long uv[] = {
	0xffffffffL, 0x80000000L, 0x7fffffffL, 0xffffL, 0xffff0000L, 0
};

main()
{
	int i, j;

	for (i = 0; i < sizeof sv / sizeof sv[0]; i++)
		printf("%d ", sparse(sv[i]));
	printf("\n");
	for (i = 0; i < sizeof dv / sizeof dv[0]; i++)
		printf("%d ", dense(dv[i]));
	printf("\n");
	for (i = 0; i < sizeof uv / sizeof uv[0]; i++)
		printf("%d ", unsign(uv[i]));
	printf("\n");
	printf("%d %d %d %d\n", computed(0), computed(256), computed(1000), computed(2));
	/* a switch on a long inside a loop, an int switch inside one of its cases */
	for (i = 0; i < 3; i++) {
		switch ((long)i << 16) {
		case 0:
			printf("a");
			break;
		case 0x10000L:
			for (j = 0; j < 3; j++)
				switch (j) {
				case 1:
					printf("b");
					break;
				default:
					printf(".");
				}
			break;
		default:
			printf("c\n");
		}
	}
	return 0;
}
