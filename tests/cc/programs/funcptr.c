/* Function pointers: a dispatch table, pointers passed and returned,
 * called through a struct member, through (*f)() and f(). */
#include <stdio.h>

int add(a, b) int a, b; { return a + b; }
int sub(a, b) int a, b; { return a - b; }
int mul(a, b) int a, b; { return a * b; }
int quo(a, b) int a, b; { return a / b; }

struct op {
	char sym;
	int (*fn)();
};

struct op ops[] = {
	{ '+', add }, { '-', sub }, { '*', mul }, { '/', quo },
};

int (*table[4])() = { add, sub, mul, quo };

int
apply(f, a, b)
int (*f)();
int a, b;
{
	return (*f)(a, b);
}

int (*
pick(c))()
int c;
{
	int i;

	for (i = 0; i < 4; i++)
		if (ops[i].sym == c)
			return ops[i].fn;
	return 0;
}

long
twice(f, x)
long (*f)();
long x;
{
	return f(f(x));
}

long
square(x)
long x;
{
	return x * x;
}

int
main()
{
	int i;
	int (*f)();
	struct op *op;

	for (i = 0; i < 4; i++)
		printf("%d ", table[i](20, 4));
	printf("\n");
	for (op = ops; op < ops + 4; op++)
		printf("%c%d ", op->sym, op->fn(9, 3));
	printf("\n");
	f = pick('*');
	printf("%d %d %d\n", apply(f, 6, 7), apply(sub, 1, 10), pick('%') == 0);
	printf("%ld\n", twice(square, 200L));
	printf("%d\n", f == mul && f != add);
	return 0;
}
