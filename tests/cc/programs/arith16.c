/* 16-bit arithmetic at its boundaries: wrap-around, signed against
 * unsigned, shifts, division of negatives (truncating toward zero). */
#include <stdio.h>

int a, b;	/* globals, so nothing is folded at compile time */
unsigned u, v;
int n;

int
main()
{
	char c;
	unsigned char uc;
	int i;

	a = 32767; a = a + 1;
	printf("%d\n", a);
	a = -32768; a = a - 1;
	printf("%d\n", a);
	u = 0177777; u++;
	printf("%u\n", u);
	u = 0; u--;
	printf("%u\n", u);

	a = -1; u = 1;
	printf("%d %d\n", a < u, a < (int)u);
	b = -1; u = 1;
	printf("%d\n", b > u);

	a = -17; b = 5;
	printf("%d %d\n", a / b, a % b);
	a = 17; b = -5;
	printf("%d %d\n", a / b, a % b);
	a = -17; b = -5;
	printf("%d %d\n", a / b, a % b);
	a = -7;
	printf("%d %d\n", a / 2, a % 2);

	a = -7;
	printf("%d %u\n", a >> 1, (unsigned)a >> 1);
	u = 40000u;
	printf("%u %u %u\n", u / 3, u % 7, u >> 4);
	u = 50000u; v = 7;
	printf("%u %u\n", u / v, u % v);
	u = 0177777; v = 256;
	printf("%u %u\n", u / v, u % v);
	v = 40000u;
	printf("%u %u\n", u / v, u % v);

	c = 127; c++;
	printf("%d\n", c);
	uc = 255; uc++;
	printf("%d\n", uc);
	c = '\377';
	printf("%d %d\n", c, (unsigned char)c);
	a = 0x1234;
	printf("%d %d\n", (char)a, (a >> 8) & 0xff);

	a = 1000;
	printf("%d\n", a * a);
	a = 300;
	printf("%d\n", a * 200);

	a = 1;
	printf("%d %d\n", a << 15, a << 14);
	a = -32768;
	printf("%d\n", a >> 15);
	u = 0x8000; n = 15;
	printf("%u\n", u >> n);
	a = -32768; n = 3;
	printf("%d %d\n", a >> n, 1 << n);

	a = 0x0f0f; b = 0x00ff;
	printf("%d %d %d %d\n", a & b, a | b, a ^ b, ~a);

	c = -1; uc = 200;
	printf("%d %d\n", c < 0, uc > 100);
	for (i = 0; i < 3; i++)
		a = -a;
	printf("%d\n", a);
	return 0;
}
