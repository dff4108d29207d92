/* Every printf conversion, with widths, '-' and '0'; sprintf and fprintf. */
#include <stdio.h>

int
main()
{
	char buf[64];
	int n;

	printf("%d %d %d %d\n", 0, 1, -1, 32767);
	printf("%d\n", -32767 - 1);
	printf("%u %u\n", 0, 0177777);
	printf("%o %o %o\n", 0, 8, 0177777);
	printf("%x %x %X\n", 255, 0xbeef, 0xbeef);
	printf("%c%c%c\n", 'a', 'b', '!');
	printf("%s|%s|\n", "string", "");
	printf("%ld %ld %ld\n", 0L, 2147483647L, -2147483647L - 1);
	printf("%lu %lo %lx %lX\n", 4294967295UL, 037777777777UL, 0x7fffffffL, 0xabcdefL);
	printf("[%6d][%-6d][%06d][%-06d]\n", -42, -42, -42, -42);
	printf("[%3d][%1d][%03u][%5o][%-5x]\n", 12345, 7, 7, 8, 255);
	printf("[%8s][%-8s][%2s][%.3s][%-6.2s]\n", "abc", "abc", "abc", "abcdef", "xyz");
	printf("[%4c][%-4c]\n", 'q', 'q');
	printf("[%10ld][%-10ld][%010ld]\n", 123456L, -123456L, -123456L);
	printf("[%*d][%*d][%-*s][%.*s]\n", 5, 42, -5, 42, 4, "ab", 2, "abcdef");
	printf("100%% done %q\n");
	n = sprintf(buf, "%s=%d,%x", "k", 10, 10);
	printf("%s %d\n", buf, n);
	n = printf("four\n");
	printf("%d\n", n);
	fprintf(stdout, "%s %d\n", "fprintf", 1);
	return 0;
}
