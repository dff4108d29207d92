/* Typedefs, enums, tables of structs and function pointers, static locals,
 * long and unsigned long arithmetic (factorials, gcd, integer square root,
 * conversion to any base), division of negatives.  The expected output is
 * the host C compiler's (gcc) for the same source, except the sizes, worked
 * out for this machine by hand: an item is char[10] + int + long = 16 bytes,
 * four of them 64, a long 4. */
#include <stdio.h>
#include <string.h>

typedef enum { RED, GREEN = 5, BLUE } color;
typedef struct { char name[10]; color c; long weight; } item;
typedef int (*binop)(int, int);

static item items[] = { { "apple", RED, 150L }, { "leaf", GREEN, 2L }, { "sky", BLUE, 1000000L }, { "", 0, 0 } };

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }
int dvd(int a, int b) { return b ? a / b : 0; }
binop ops[] = { add, sub, mul, dvd };
char opc[] = "+-*/";

int counter() { static int n = 10; return n++; }

long lfact(int n) { return n <= 1 ? 1L : n * lfact(n - 1); }
unsigned long ugcd(unsigned long a, unsigned long b) { while (b) { unsigned long t = a % b; a = b; b = t; } return a; }
long isqrt(long x) { long r = 0, b = 1L << 30; while (b > x) b >>= 2; while (b) { if (x >= r + b) { x -= r + b; r = (r >> 1) + b; } else r >>= 1; b >>= 2; } return r; }

void rev(char *s) { char *e = s + strlen(s) - 1, t; while (s < e) { t = *s; *s++ = *e; *e-- = t; } }
void itoa2(long v, char *buf, int base) {
	char *p = buf; int neg = v < 0;
	unsigned long u = neg ? -v : v;
	do { int d = u % base; *p++ = d < 10 ? '0' + d : 'a' + d - 10; u /= base; } while (u);
	if (neg) *p++ = '-';
	*p = 0; rev(buf);
}

int main() {
	item *ip; int i, j; char buf[40];
	long a = 123456789L, b = -987654L;
	unsigned long ua = 4000000000UL;
	for (ip = items; ip->name[0]; ip++)
		printf("%s %d %ld %d\n", ip->name, ip->c, ip->weight, (int)sizeof(*ip));
	for (i = 0; i < 4; i++) for (j = 1; j < 4; j++) printf("%d%c%d=%d ", 20, opc[i], j * 3 - 5, (*ops[i])(20, j * 3 - 5));
	printf("\n%d %d %d\n", counter(), counter(), counter());
	for (i = 0; i <= 12; i += 3) printf("%d!=%ld ", i, lfact(i));
	printf("\n%ld %ld %ld %ld\n", a / b, a % b, a * 3 / 7, -a >> 3);
	printf("%lu %lu %lu\n", ua / 3, ua % 1000, ugcd(4000000000UL, 3000000000UL));
	printf("%ld %ld %ld\n", isqrt(1000000L), isqrt(123456789L), isqrt(2L));
	itoa2(-123456L, buf, 10); printf("%s ", buf);
	itoa2(65535L, buf, 16); printf("%s ", buf);
	itoa2(1L << 20, buf, 2); printf("%s\n", buf);
	printf("%d %d %d %d\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
	printf("%d %d %d\n", (int)sizeof(long), (int)sizeof(items), (int)sizeof(ops) / (int)sizeof(ops[0]));
	i = 5; j = i > 3 ? i < 5 ? 1 : 2 : 3;
	printf("%d %d\n", j, BLUE);
	printf("%ld %ld\n", (long)(short)-3 * 70000L, (long)(unsigned short)65535 + 1L);
	return 0;
}
