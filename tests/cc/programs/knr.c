/* K&R (first edition) C as V6-era programs wrote it: old-style
 * definitions, implicit int, undeclared functions, register declarations
 * without a type, =op-free compound assignment written the modern way,
 * char parameters, a function used before its definition. */

main(argc, argv)
char **argv;
{
	register i, n;
	char buf[20];

	n = 0;
	for (i = 0; i < 5; i++)
		n += twice(i);
	putnum(n);
	copy(buf, "k&r");
	puts(buf);
	putnum(last('x', 'y', 'z'));
	putnum(mixed(3, 100000L, 'c'));
	exit(0);
}

twice(x)
{
	return x + x;
}

copy(to, from)
char *to, *from;
{
	while (*to++ = *from++)
		;
}

last(a, b, c)
char a, b, c;
{
	return c - a;
}

mixed(a, big, ch)
long big;
char ch;
{
	return a + (int)(big / 1000) + ch;
}

putnum(n)
{
	char s[8];
	register char *p;

	p = s + 7;
	*p = 0;
	do
		*--p = n % 10 + '0';
	while ((n /= 10) > 0);
	puts(p);
}
