/* 32-bit arithmetic: carries between the words, the helper routines
 * (multiply, divide, modulo, shifts by a variable), compares, conversions. */
#include <stdio.h>

long a, b;
unsigned long ua, ub;
int i;

int
main()
{
	a = 32767; a = a + 1;
	printf("%ld\n", a);
	a = 65535L; a = a + 1;
	printf("%ld\n", a);
	a = 65536L; a = a - 1;
	printf("%ld\n", a);
	a = 2147483647L; a = a + 1;
	printf("%ld\n", a);
	ua = 0; ua = ua - 1;
	printf("%lu\n", ua);

	a = 100000L; b = 300;
	printf("%ld\n", a * b);
	a = -100000L;
	printf("%ld\n", a * b);
	a = 46341;
	printf("%ld\n", a * a);
	a = 123456789L; b = 1000;
	printf("%ld %ld\n", a / b, a % b);
	a = -123456789L;
	printf("%ld %ld\n", a / b, a % b);
	b = -1000;
	printf("%ld %ld\n", a / b, a % b);
	ua = 4000000000UL; ub = 3;
	printf("%lu %lu\n", ua / ub, ua % ub);

	a = 1;
	printf("%ld %ld\n", a << 20, a << 31);
	a = -65536L;
	printf("%ld %ld\n", a >> 4, a >> 16);
	ua = 0x80000000UL;
	printf("%lu %lu\n", ua >> 1, ua >> 31);
	i = 5; ua = 0xF0000000UL;
	printf("%lx\n", ua >> i);
	i = 20; a = 3;
	printf("%ld\n", a << i);

	a = -1;
	printf("%d\n", a < 0);
	ua = 0xFFFFFFFFUL;
	printf("%d\n", ua > 0);
	a = 65536L; b = 65535L;
	printf("%d %d %d\n", a > b, a == b, a != b);
	a = -65536L; b = 65535;
	printf("%d %d\n", a < b, (unsigned long)a > b);

	i = -5; a = i;
	printf("%ld\n", a);
	ua = (unsigned)i;
	printf("%lu\n", ua);
	a = 0x12345678L; i = a;
	printf("%x\n", i);
	printf("%lx %lx %lx\n", a & 0xff00ff00L, a | 0xffL, a ^ 0xffffffffL);
	a = 5; a = -a;
	printf("%ld %ld\n", a, ~a);

	a = 10; a += 65536L; a *= 3; a -= 1; a /= 7; a %= 1000; a <<= 2; a >>= 1;
	printf("%ld\n", a);
	a = 65535; a++;
	printf("%ld\n", a);
	a--;
	printf("%ld\n", a);
	i = 1000;
	a = i * 1000L;
	printf("%ld %ld\n", a, (long)i * i);
	i = 30000;
	a = i + i;
	printf("%ld\n", a);
	return 0;
}
