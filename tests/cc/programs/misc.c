/* The rest of the language: enums, typedefs, ?:, the comma operator, goto,
 * do-while, continue, sizeof, casts, register variables, nested blocks,
 * logical operators short-circuiting, assignment operators of every kind,
 * character constants, hex and octal numbers. */
#include <stdio.h>

enum color { RED, GREEN = 5, BLUE, LAST = BLUE + 10 };
typedef int number;
typedef struct pair { number a, b; } Pair;
typedef char *string;

int calls;

int
touch(v)
int v;
{
	calls++;
	return v;
}

int
main()
{
	register int i, j;
	int k, x;
	unsigned u;
	Pair p;
	string s;
	enum color c;

	c = BLUE;
	printf("%d %d %d %d %d\n", RED, GREEN, c, LAST, sizeof(enum color));
	p.a = 3;
	p.b = 4;
	s = "typedef";
	printf("%d %s %d\n", p.a * p.b, s, sizeof(Pair));

	i = 5;
	j = i > 3 ? i < 10 ? 1 : 2 : 3;
	k = (i++, i++, i);
	printf("%d %d %d\n", j, k, i);

	calls = 0;
	x = touch(0) && touch(1);
	x += touch(1) || touch(2);
	x += !touch(0) && (touch(3) || touch(4));
	printf("%d %d\n", x, calls);

	i = 0;
	k = 0;
again:
	k += i;
	if (++i < 5)
		goto again;
	printf("%d\n", k);

	i = 10;
	do
		i -= 3;
	while (i > 0);
	printf("%d\n", i);

	k = 0;
	for (i = 0; i < 10; i++) {
		if (i % 3 == 0)
			continue;
		if (i == 8)
			break;
		k += i;
	}
	printf("%d\n", k);

	printf("%d %d %d %d %d\n", sizeof(char), sizeof(int), sizeof(long), sizeof(char *),
	    sizeof(short));
	printf("%d %u %d %d\n", (char)300, (unsigned char)-1, (int)(char)0x80, (short)-1);
	printf("%d %d %d\n", 0x7fff, 017, '\n' + '\t' + '\0' + 'A');

	k = 7;
	k += 3; printf("%d ", k);
	k -= 4; printf("%d ", k);
	k *= 5; printf("%d ", k);
	k /= 4; printf("%d ", k);
	k %= 4; printf("%d ", k);
	k <<= 6; printf("%d ", k);
	k >>= 2; printf("%d ", k);
	k |= 3; printf("%d ", k);
	k &= 0x1e; printf("%d ", k);
	k ^= 0xff; printf("%d\n", k);
	u = 0xfff0;
	u >>= 4;
	printf("%u\n", u);
	{
		int i;

		i = 99;
		{
			int i = 7;

			printf("%d ", i);
		}
		printf("%d\n", i);
	}
	return 0;
}
