/*
 * cal [month] year: print the calendar of a month (1-12) of a year
 * (1-9999), or of the whole year, in V6's layout.
 *
 * The calendar is Julian up to 2 September 1752 and Gregorian from the
 * next day, 14 September, as in Britain and her colonies.  Weeks start
 * on Sunday; a month always takes six week lines (blanks at their ends
 * dropped).  Errors ("Bad argument", the usage) go to the standard
 * output, as V6's did.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *names[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
char days[] = " S  M Tu  W Th  F  S";

/* The days of month m (0-11) of year y, laid out: grid[week][weekday],
 * 0 where there is no day. */
char grid[3][6][7];

/* Is y a leap year (Julian rule to 1752, Gregorian after)? */
int
leap(int y)
{
	if (y <= 1752)
		return y % 4 == 0;
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* The days month m of year y has as printed (September 1752 lost 11). */
int
length(int m, int y)
{
	static char len[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 1 && leap(y))
		return 29;
	if (m == 8 && y == 1752)
		return 19;
	return len[m];
}

/* The weekday (0 Sunday) of 1 January of year y. */
int
jan1(int y)
{
	int d;

	/* 1 January of the year 1 was a Saturday; a year of 365 days moves
	 * the weekday by one, a leap year by two. */
	d = 6 + (y - 1) + (y - 1) / 4;
	if (y > 1752)	/* the 11 days dropped, and Gregorian non-leap centuries */
		d += -11 - ((y - 1) / 100 - 17) + ((y - 1) / 400 - 4);
	return (d % 7 + 7) % 7;
}

/* Lay out month m of year y into g. */
void
layout(char g[6][7], int m, int y)
{
	int i, d, n, pos, day;

	for (i = 0; i < 6 * 7; i++)
		g[i / 7][i % 7] = 0;
	pos = jan1(y);
	for (i = 0; i < m; i++)
		pos += length(i, y);
	pos %= 7;
	n = length(m, y);
	for (d = 0; d < n; d++, pos++) {
		day = d + 1;
		if (m == 8 && y == 1752 && day > 2)
			day += 11;
		g[pos / 7][pos % 7] = day;
	}
}

/* Week w of the months in grid[0..n-1], side by side; blanks at the end dropped. */
void
week(int w, int n)
{
	char line[80], *p;
	int i, d, c;

	p = line;
	for (i = 0; i < n; i++) {
		if (i > 0) {
			strcpy(p, "   ");
			p += 3;
		}
		for (d = 0; d < 7; d++) {
			c = grid[i][w][d];
			if (d > 0)
				*p++ = ' ';
			*p++ = c >= 10 ? '0' + c / 10 : ' ';
			*p++ = c ? '0' + c % 10 : ' ';
		}
	}
	while (p > line && p[-1] == ' ')
		p--;
	*p = 0;
	printf("%s\n", line);
}

void
month(int m, int y)
{
	int w;

	printf("      %s %d\n%s\n", names[m], y, days);
	layout(grid[0], m, y);
	for (w = 0; w < 6; w++)
		week(w, 1);
}

void
year(int y)
{
	int q, i, w;

	printf("\n\n\n\t\t\t\t%d\n\n", y);
	for (q = 0; q < 12; q += 3) {
		printf("\t %s\t\t\t%s\t\t       %s\n", names[q], names[q + 1], names[q + 2]);
		printf("%s   %s   %s\n", days, days, days);
		for (i = 0; i < 3; i++)
			layout(grid[i], q + i, y);
		for (w = 0; w < 6; w++)
			week(w, 3);
	}
	printf("\n\n\n");
}

/* The number s, in lo..hi; else "Bad argument" and exit. */
int
number(char *s, int lo, int hi)
{
	int n;

	n = 0;
	if (*s == 0)
		n = -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || n > 9999) {
			n = -1;
			break;
		}
		n = n * 10 + *s - '0';
	}
	if (n < lo || n > hi) {
		printf("Bad argument\n");
		exit(1);
	}
	return n;
}

int
main(int argc, char **argv)
{
	int m;

	if (argc < 2) {
		printf("usage: cal [month] year\n");
		exit(1);
	}
	if (argc == 2)
		year(number(argv[1], 1, 9999));
	else {
		m = number(argv[1], 1, 12);
		month(m - 1, number(argv[2], 1, 9999));
	}
	return 0;
}
