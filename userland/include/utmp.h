/*
 * utmp.h: who is logged in where (V6's utmp(V)).  /etc/utmp holds one
 * 16-byte entry per terminal, at the slot utslot() gives for its name's
 * last character; login fills it in, init clears it when the session ends.
 * /usr/adm/wtmp, if it exists, gets every login, every logout (an entry with
 * an empty name) and every boot (tty '~'), appended.
 */
#ifndef _UTMP_H
#define _UTMP_H

#define UTMP	"/etc/utmp"
#define WTMP	"/usr/adm/wtmp"

struct utmp {
	char	ut_name[8];	/* login name, padded with blanks; all NULs: free */
	char	ut_tty;		/* last character of the terminal's name ('8': /dev/tty8) */
	char	ut_pad;
	long	ut_time;	/* when the user logged in */
	int	ut_pad2;
};

int utslot(int tty);	/* the entry's index for a terminal: '0'-'9' 0-9, 'a'.. 10.. */

#endif
