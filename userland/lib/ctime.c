/*
 * ctime, localtime, gmtime, asctime: seconds since 1970 as dates, in V6's
 * zone (Eastern, 5 hours west) with V6's daylight saving rules: in 1974
 * from January 6 to the last Sunday of November, in 1975 from the last
 * Sunday of February to the last Sunday of October, in other years from the
 * last Sunday of April to the last Sunday of October; the change at 2 AM.
 */
#include <time.h>

long timezone = 5 * 60 * 60L;
char *tzname[2] = { "EST", "EDT" };

static int monthdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
static char dayname[] = "SunMonTueWedThuFriSat";
static char monthname[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
static struct tm tm;
static char text[26];

static int leap(int year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

struct tm *gmtime(long *t)
{
	long days, hours;
	int y, m, n, secs;

	/* By hours first: 3600 fits in 15 bits, so DIV does the long division
	   (udivw.s), where 86400 would take 32 steps of shift and subtract. */
	hours = *t / 3600;
	secs = *t % 3600;
	days = hours / 24;
	tm.tm_hour = hours % 24;
	tm.tm_min = secs / 60;
	tm.tm_sec = secs % 60;
	tm.tm_wday = (days + 4) % 7;	/* January 1, 1970 was a Thursday */
	for (y = 1970; days >= (n = leap(y) ? 366 : 365); y++)
		days -= n;
	tm.tm_year = y - 1900;
	tm.tm_yday = days;
	for (m = 0; days >= (n = monthdays[m] + (m == 1 && leap(y))); m++)
		days -= n;
	tm.tm_mon = m;
	tm.tm_mday = days + 1;
	tm.tm_isdst = 0;
	return &tm;
}

/* The yday of the last Sunday on or before yday d of a year whose day 0 is weekday w0. */
static int sunday(int d, int w0)
{
	return d - (d + w0) % 7;
}

static int dst(struct tm *t)
{
	int w0, start, end, year;

	w0 = (t->tm_wday - t->tm_yday % 7 + 7) % 7;
	year = t->tm_year + 1900;
	if (year == 1974) {
		start = 5;					/* January 6 */
		end = sunday(333 + leap(year), w0);		/* November 30 */
	} else if (year == 1975) {
		start = sunday(58, w0);				/* February 28 */
		end = sunday(303 + leap(year), w0);		/* October 31 */
	} else {
		start = sunday(119 + leap(year), w0);		/* April 30 */
		end = sunday(303 + leap(year), w0);
	}
	if (t->tm_yday < start || t->tm_yday > end)
		return 0;
	if (t->tm_yday == start)
		return t->tm_hour >= 2;
	if (t->tm_yday == end)
		return t->tm_hour < 1;
	return 1;
}

struct tm *localtime(long *t)
{
	long local;
	struct tm *ct;

	local = *t - timezone;
	ct = gmtime(&local);
	if (dst(ct)) {
		local += 3600;
		ct = gmtime(&local);
		ct->tm_isdst = 1;
	}
	return ct;
}

static char *two(char *p, int n)
{
	*p++ = n / 10 + '0';
	*p++ = n % 10 + '0';
	return p;
}

char *asctime(struct tm *t)
{
	char *p, *s;
	int i, y;

	p = text;
	s = &dayname[3 * t->tm_wday];
	for (i = 0; i < 3; i++)
		*p++ = *s++;
	*p++ = ' ';
	s = &monthname[3 * t->tm_mon];
	for (i = 0; i < 3; i++)
		*p++ = *s++;
	*p++ = ' ';
	p = two(p, t->tm_mday);
	if (text[8] == '0')
		text[8] = ' ';
	*p++ = ' ';
	p = two(p, t->tm_hour);
	*p++ = ':';
	p = two(p, t->tm_min);
	*p++ = ':';
	p = two(p, t->tm_sec);
	*p++ = ' ';
	y = t->tm_year + 1900;
	p = two(p, y / 100);
	p = two(p, y % 100);
	*p++ = '\n';
	*p = 0;
	return text;
}

char *ctime(long *t)
{
	return asctime(localtime(t));
}
