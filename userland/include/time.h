/*
 * time.h: broken-down times, as V6's libc gave them (localtime returned an
 * array of nine ints in this order).  The zone is V6's: Eastern time, 5
 * hours west of Greenwich, with V6's rules for daylight saving time.
 */
#ifndef _TIME_H
#define _TIME_H

struct tm {
	int	tm_sec;
	int	tm_min;
	int	tm_hour;
	int	tm_mday;
	int	tm_mon;		/* 0-11 */
	int	tm_year;	/* years since 1900 */
	int	tm_wday;	/* 0 Sunday */
	int	tm_yday;	/* 0-365 */
	int	tm_isdst;
};

extern long timezone;		/* seconds west of Greenwich */
extern char *tzname[2];		/* "EST", "EDT" */

struct tm *gmtime(long *t);
struct tm *localtime(long *t);
char *asctime(struct tm *t);	/* "Thu Aug 14 22:04:52 1975\n" */
char *ctime(long *t);		/* asctime(localtime(t)) */

#endif
