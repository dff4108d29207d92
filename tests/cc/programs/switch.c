/* switch: dense cases (a jump table), sparse ones (compares), negative
 * values, default in the middle, fall-through, break out of loops inside. */
#include <stdio.h>

char *
dense(n)
int n;
{
	switch (n) {
	case 1: return "one";
	case 2: return "two";
	case 3: return "three";
	case 4: return "four";
	case 5: return "five";
	case 7: return "seven";
	}
	return "?";
}

int
sparse(n)
int n;
{
	int r;

	r = 0;
	switch (n) {
	case -1000:
		r = 1;
		break;
	case 0:
		r = 2;
	case 7:		/* 0 falls through to here */
		r += 10;
		break;
	default:
		r = -1;
		break;
	case 32767:
		r = 3;
		break;
	case -32767 - 1:	/* (-32768 would be a long: 32768 is not an int) */
		r = 4;
	}
	return r;
}

int
letters(s)
char *s;
{
	int vowels;

	vowels = 0;
	for (; *s; s++)
		switch (*s) {
		case 'a': case 'e': case 'i': case 'o': case 'u':
			vowels++;
			continue;
		case ' ':
			break;
		default:
			vowels += 100;
		}
	return vowels;
}

int
main()
{
	int i;

	for (i = 0; i <= 8; i++)
		printf("%s ", dense(i));
	printf("\n");
	printf("%d %d %d %d %d %d %d\n", sparse(-1000), sparse(0), sparse(7), sparse(32767),
	    sparse(-32767 - 1), sparse(5), sparse(-1));
	printf("%d\n", letters("a quiet day"));
	return 0;
}
