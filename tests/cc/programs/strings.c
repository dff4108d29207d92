/* String literals (equal ones share storage, adjacent ones join, escapes)
 * and the string and memory routines of libc. */
#include <stdio.h>
#include <string.h>

char *a = "same";
char *b = "same";

char *
other()
{
	return "same";
}

int
main()
{
	char buf[32], *p;
	int n;

	printf("%d %d %d\n", a == b, a == other(), a == "same");
	printf("%d\n", "sa" "me"[2]);
	p = "tab\there\\\"q\"\101\x42\0hidden";
	printf("%s %d\n", p, strlen(p));
	printf("%d %d\n", sizeof "abc", sizeof("ab" "cd"));

	strcpy(buf, "hello");
	strcat(buf, ", ");
	strncat(buf, "worldwide", 5);
	printf("%s %d\n", buf, strlen(buf));
	printf("%d %d %d %d\n", strcmp("abc", "abc"), strcmp("abc", "abd") < 0,
	    strcmp("b", "abc") > 0, strncmp("abcx", "abcy", 3));
	printf("%d\n", strcmp("\200", "a") > 0);
	printf("%s %s\n", strchr(buf, 'o'), strrchr(buf, 'o'));
	printf("%d %d\n", strchr(buf, 'z') == 0, strchr(buf, 0) == buf + strlen(buf));
	strncpy(buf, "ab", 5);
	printf("%d %d %d\n", buf[1], buf[2], buf[4]);
	memset(buf, 'x', 10);
	buf[10] = 0;
	printf("%s\n", buf);
	memcpy(buf, "12345", 5);
	memmove(buf + 2, buf, 5);
	printf("%s\n", buf);
	memmove(buf, buf + 3, 4);
	printf("%s %d\n", buf, memcmp("abc", "abd", 3) < 0);
	p = strdup("copy");
	n = strcmp(p, "copy");
	printf("%s %d\n", p, n);
	return 0;
}
