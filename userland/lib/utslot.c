/*
 * utslot(tty): the index of a terminal's entry in /etc/utmp, from the last
 * character of its name: '0'-'9' are 0-9 and the letters follow them
 * ('a' is 10), as V6's login and init placed them.
 */
#include <utmp.h>

int utslot(int tty)
{
	if (tty >= 'a' && tty <= 'z')
		return tty - 'a' + 10;
	return tty - '0';
}
