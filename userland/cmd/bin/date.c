/*
 * date [mmddhhmm[yy]]: print the date and time, as "Thu Aug 14 22:04:52
 * EDT 1975"; with an argument, first set them (the super-user only).
 *
 * The argument is local time: month, day, hour (0-24) and minute, two
 * digits each, then perhaps the year's last two digits (else this year;
 * a year before 70 is 1970); what follows is ignored, as V6's date did.
 * Errors on the standard output, as V6's: "bad conversion" for an
 * argument it cannot read, "no permission" when the clock may not be
 * set (then the date printed is the one the clock still has; V6's date
 * printed the one it could not set).  V6's date got years past 1982
 * wrong; this one counts them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The two-digit number at *sp within lo..hi (the pointer moves on); -1 if none. */
int
pair(char **sp, int lo, int hi)
{
	char *s;
	int n;

	s = *sp;
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	n = (s[0] - '0') * 10 + s[1] - '0';
	*sp = s + 2;
	return n < lo || n > hi ? -1 : n;
}

int
leap(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* Seconds since 1970 (Greenwich) of local time mon/day hour:min of year y. */
long
seconds(int y, int mon, int day, int hour, int min)
{
	static char len[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	long days, t;
	int i;

	days = 0;
	for (i = 1970; i < y; i++)
		days += leap(i) ? 366 : 365;
	for (i = 0; i < mon - 1; i++)
		days += len[i] + (i == 1 && leap(y));
	days += day - 1;
	t = ((days * 24 + hour) * 60 + min) * 60 + timezone;
	if (localtime(&t)->tm_isdst)
		t -= 60 * 60;
	return t;
}

/* The time the argument s names; exits with "bad conversion" if none. */
long
convert(char *s, long now)
{
	int mon, day, hour, min, y;

	mon = pair(&s, 1, 12);
	day = pair(&s, 1, 31);
	hour = pair(&s, 0, 24);
	min = pair(&s, 0, 59);
	if (mon < 0 || day < 0 || hour < 0 || min < 0) {
		printf("bad conversion\n");
		exit(1);
	}
	y = pair(&s, 0, 99);
	if (y < 0)
		y = localtime(&now)->tm_year;
	y += 1900;
	if (y < 1970)
		y = 1970;
	return seconds(y, mon, day, hour, min);
}

/* Print t as V6's date did: ctime's fields with the zone before the year. */
void
print(long t)
{
	struct tm *tm;
	char *s;

	tm = localtime(&t);
	s = asctime(tm);
	printf("%.20s%s %s", s, tzname[tm->tm_isdst], s + 20);
}

int
main(int argc, char **argv)
{
	long t;
	int status;

	status = 0;
	t = time(0);
	if (argc > 1) {
		t = convert(argv[1], t);
		if (stime(&t) < 0) {
			printf("no permission\n");
			status = 1;
			t = time(0);
		}
	}
	print(t);
	return status;
}
