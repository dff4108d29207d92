/* Recursion: Fibonacci, Ackermann on small inputs, mutual recursion,
 * a recursive descent evaluator of expressions. */
#include <stdio.h>

int
fib(n)
int n;
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int
ack(m, n)
int m, n;
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

int odd();

int
even(n)
int n;
{
	return n == 0 ? 1 : odd(n - 1);
}

int
odd(n)
int n;
{
	return n == 0 ? 0 : even(n - 1);
}

char *in;
int expr();

int
factor()
{
	int v;

	if (*in == '(') {
		in++;
		v = expr();
		in++;		/* ')' */
		return v;
	}
	v = 0;
	while (*in >= '0' && *in <= '9')
		v = v * 10 + *in++ - '0';
	return v;
}

int
term()
{
	int v;

	v = factor();
	while (*in == '*' || *in == '/')
		if (*in++ == '*')
			v *= factor();
		else
			v /= factor();
	return v;
}

int
expr()
{
	int v;

	v = term();
	while (*in == '+' || *in == '-')
		if (*in++ == '+')
			v += term();
		else
			v -= term();
	return v;
}

long
fact(n)
int n;
{
	return n <= 1 ? 1L : n * fact(n - 1);
}

int
main()
{
	int i;

	for (i = 0; i <= 20; i += 5)
		printf("fib(%d) = %d\n", i, fib(i));
	printf("ack(2,3) = %d\n", ack(2, 3));
	printf("ack(3,3) = %d\n", ack(3, 3));
	printf("%d %d %d\n", even(10), odd(7), even(7));
	in = "2*(3+4)-10/(1+1)";
	printf("%d\n", expr());
	printf("%ld\n", fact(12));
	return 0;
}
