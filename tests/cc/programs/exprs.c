/* Harder expressions: many values live at once (three register variables,
 * so only r0 and r1 are free), calls inside expressions, longs in structs
 * and arguments, struct values returned and passed on, initializers of
 * locals, chars and unsigned chars through calls. */
#include <stdio.h>

struct acct {
	char name[6];
	long balance;
	int rate;
};

struct acct bank[] = {
	{ "ann", 100000L, 3 },
	{ "bob", -250L, 7 },
	"cy", 70000L, 1,	/* braces elided */
};

int sq(x) int x; { return x * x; }
int add3(a, b, c) int a, b, c; { return a + b + c; }
long lmix(a, l, c) int a; long l; char c; { return a + l * c; }
char lower(c) char c; { return c | 040; }
unsigned char high(c) int c; { return c + 128; }

struct acct
richest(n)
int n;
{
	struct acct best;
	int i;

	best = bank[0];
	for (i = 1; i < n; i++)
		if (bank[i].balance > best.balance)
			best = bank[i];
	return best;
}

long
total(a, b)
struct acct a, b;
{
	return a.balance + b.balance;
}

int
main()
{
	register int i, j, k;
	int v[5];
	int w[4] = { 1, 2 };
	char s[8] = "ab";
	struct acct z = { "zed", 5L, 0 };
	long l;

	i = 3; j = 4; k = 5;
	printf("%d\n", (i + j) * (k - i) + (i * j - k) * (j + k) / (i + 1));
	printf("%d\n", sq(i) + sq(j) * sq(k) - add3(sq(1), sq(2), sq(i + j)));
	printf("%d\n", add3(i, add3(j, k, sq(2)), sq(add3(1, 1, 1))) * 2);
	for (i = 0; i < 5; i++)
		v[i] = sq(i) + i;
	printf("%d %d\n", v[v[1]] + v[4] * v[3], w[0] + w[1] + w[2] + w[3]);
	printf("%d %d %d\n", s[0], s[2], s[7]);

	printf("%ld %ld\n", lmix(2, 100000L, 3), lmix(-1, -1L, 'A'));
	printf("%c %d %d\n", lower('Q'), high(1), high(-1));
	printf("%s %ld\n", richest(3).name, richest(3).balance);
	printf("%ld\n", total(bank[0], richest(2)));
	z = bank[1];
	printf("%s %ld %d %d\n", z.name, z.balance, z.rate, sizeof(struct acct));
	l = bank[2].balance * bank[2].rate + (long)bank[1].rate * bank[1].balance;
	printf("%ld\n", l);
	for (i = 0, l = 0; i < 3; i++)
		l += bank[i].balance > 0 ? bank[i].balance / 10 : -bank[i].balance;
	printf("%ld\n", l);
	i = 0;
	do {
		if (++i % 2)
			continue;
		switch (i) {
		case 2: printf("two "); break;
		case 4: printf("four "); continue;
		}
		printf("(%d) ", i);
	} while (i < 5);
	printf("\n");
	return 0;
}
