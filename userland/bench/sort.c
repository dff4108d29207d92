/*
 * sort: read lines from the standard input and write them out in byte
 * order, as sort(1) with no options.  A benchmark of the CPU on real code:
 * a recursive merge sort of the lines, every comparison a call of a
 * string compare, so most of the time goes to short basic blocks and to
 * calls and returns.
 */
#include <stdio.h>
#include <stdlib.h>

#define MAXLINES 2500
#define LINESIZE 80
#define POOLSIZE 30000

char *lines[MAXLINES];
char *spare[MAXLINES];
char pool[POOLSIZE];	/* the lines' text, one after another */
int used;

int compare(char *a, char *b)
{
	while (*a == *b) {
		if (*a == 0)
			return 0;
		a++;
		b++;
	}
	return (*a & 0377) - (*b & 0377);
}

void merge(int low, int mid, int high)
{
	int i, j, k;

	i = low;
	j = mid;
	for (k = low; k < high; k++) {
		if (j >= high || (i < mid && compare(lines[i], lines[j]) <= 0))
			spare[k] = lines[i++];
		else
			spare[k] = lines[j++];
	}
	for (k = low; k < high; k++)
		lines[k] = spare[k];
}

void sort(int low, int high)
{
	int mid;

	if (high - low < 2)
		return;
	mid = (low + high) / 2;
	sort(low, mid);
	sort(mid, high);
	merge(low, mid, high);
}

char *save(char *s)
{
	char *p, *q;
	int n;

	for (n = 0; s[n]; n++)
		;
	if (used + n + 1 > POOLSIZE) {
		fputs("sort: out of memory\n", stderr);
		exit(1);
	}
	p = q = pool + used;
	used += n + 1;
	while ((*q++ = *s++) != 0)
		;
	return p;
}

int main(void)
{
	char buf[LINESIZE];
	int n, i;

	n = 0;
	while (fgets(buf, LINESIZE, stdin) != NULL) {
		if (n == MAXLINES) {
			fputs("sort: too many lines\n", stderr);
			return 1;
		}
		lines[n++] = save(buf);
	}
	sort(0, n);
	for (i = 0; i < n; i++)
		fputs(lines[i], stdout);
	return 0;
}
